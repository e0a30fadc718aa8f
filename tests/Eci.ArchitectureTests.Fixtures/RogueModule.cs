using Eci.Modules.Catalog;
using Eci.Modules.Catalog.Contracts;
using Eci.Shared.Contracts;
using Eci.Shared.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Modules.Rogue;

public sealed class RogueModule : IModule
{
    public string Name => "Rogue";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(new CatalogModule());

    public void MapEndpoints(IEndpointRouteBuilder v1)
    {
    }

    public Task InitializeDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Public although it is not the module's entry point.</summary>
public sealed class LeakedHandler;

/// <summary>Uses another module's contract, which a contracts assembly must not.</summary>
public sealed record RogueOrderLine(ProductSnapshot Product, int Quantity);

public sealed class RogueRow
{
    public int Id { get; set; }

    public double Price { get; set; }
}

/// <summary>A contract that carries money as floating point.</summary>
public sealed record RoguePriceQuote(int ProductId, double Price);

/// <summary>Maps into the Catalog's schema and a type it does not own.</summary>
public sealed class RogueDbContext(DbContextOptions<RogueDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("rogue");
        modelBuilder.Entity<RogueRow>().ToTable("products", "catalog");
        modelBuilder.Entity<ImportRejection>().HasNoKey().ToTable("rejections");
    }
}

/// <summary>Names an order by a string and carries an address of its own making.</summary>
public sealed record RogueShipped(string OrderId, RogueAddress To);

public sealed record RogueAddress(string Line1, string? Line2, string City, string PostalCode, string Country);

/// <summary>A query named <c>Show…</c> rather than <c>Get…</c>.</summary>
public sealed record ShowRogue(int Id) : Mediator.IQuery<RoguePriceQuote?>;
