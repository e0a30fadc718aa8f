using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Errors;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.Warehouses;

internal sealed record WarehouseResponse(string Code, string Name, int Priority, bool IsActive, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static WarehouseResponse From(Warehouse w) => new(w.Code, w.Name, w.Priority, w.IsActive, w.CreatedAt, w.UpdatedAt);
}

internal sealed record ListWarehouses : IQuery<IReadOnlyList<WarehouseResponse>>;

internal sealed record GetWarehouse(string Code) : IQuery<WarehouseResponse>;

internal sealed record CreateWarehouse(string? Code, string? Name, int? Priority) : ICommand<WarehouseResponse>;

/// <summary>Changes a warehouse; omitted fields keep their value. Deactivating stops allocation from it.</summary>
internal sealed record UpdateWarehouse(string? Name, int? Priority, bool? IsActive) : ICommand<WarehouseResponse>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string Code { get; init; } = string.Empty;
}

internal sealed class WarehouseHandlers(InventoryDbContext db, TimeProvider clock)
    : IQueryHandler<ListWarehouses, IReadOnlyList<WarehouseResponse>>,
      IQueryHandler<GetWarehouse, WarehouseResponse>,
      ICommandHandler<CreateWarehouse, WarehouseResponse>,
      ICommandHandler<UpdateWarehouse, WarehouseResponse>
{
    public async ValueTask<IReadOnlyList<WarehouseResponse>> Handle(ListWarehouses query, CancellationToken cancellationToken) =>
        (await db.Warehouses.AsNoTracking().OrderBy(w => w.Priority).ThenBy(w => w.Code).ToListAsync(cancellationToken))
        .Select(WarehouseResponse.From).ToList();

    public async ValueTask<WarehouseResponse> Handle(GetWarehouse query, CancellationToken cancellationToken)
    {
        var code = Warehouse.Normalize(query.Code);
        var warehouse = await db.Warehouses.AsNoTracking().FirstOrDefaultAsync(w => w.Code == code, cancellationToken)
            ?? throw new NotFoundException("Warehouse", code);
        return WarehouseResponse.From(warehouse);
    }

    public async ValueTask<WarehouseResponse> Handle(CreateWarehouse command, CancellationToken cancellationToken)
    {
        var code = Warehouse.Normalize(command.Code!);
        if (await db.Warehouses.AnyAsync(w => w.Code == code, cancellationToken))
        {
            throw new ConflictException("duplicate_warehouse", $"Warehouse '{code}' already exists.");
        }

        var warehouse = Warehouse.Create(code, command.Name!, command.Priority ?? 100, clock.GetUtcNow().UtcDateTime);
        db.Warehouses.Add(warehouse);
        await db.SaveChangesAsync(cancellationToken);
        return WarehouseResponse.From(warehouse);
    }

    public async ValueTask<WarehouseResponse> Handle(UpdateWarehouse command, CancellationToken cancellationToken)
    {
        var code = Warehouse.Normalize(command.Code);
        var warehouse = await db.Warehouses.FirstOrDefaultAsync(w => w.Code == code, cancellationToken)
            ?? throw new NotFoundException("Warehouse", code);
        warehouse.Change(command.Name ?? warehouse.Name, command.Priority ?? warehouse.Priority, command.IsActive ?? warehouse.IsActive, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return WarehouseResponse.From(warehouse);
    }
}

internal sealed class CreateWarehouseValidator : AbstractValidator<CreateWarehouse>
{
    public CreateWarehouseValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(Warehouse.CodeMaxLength).Matches("^[A-Za-z0-9_-]+$");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Warehouse.NameMaxLength);
        RuleFor(x => x.Priority).InclusiveBetween(0, 10_000);
    }
}

internal sealed class UpdateWarehouseValidator : AbstractValidator<UpdateWarehouse>
{
    public UpdateWarehouseValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Warehouse.NameMaxLength).When(x => x.Name is not null);
        RuleFor(x => x.Priority).InclusiveBetween(0, 10_000);
    }
}
