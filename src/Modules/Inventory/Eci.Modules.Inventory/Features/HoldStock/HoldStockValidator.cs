using Eci.Modules.Inventory.Domain;
using Eci.Shared.Idempotency;
using FluentValidation;

namespace Eci.Modules.Inventory.Features.HoldStock;

internal sealed class HoldStockValidator : AbstractValidator<HoldStock>
{
    public HoldStockValidator()
    {
        RuleFor(x => x.Lines).NotEmpty();
        RuleFor(x => x.Lines.Count).LessThanOrEqualTo(Contracts.ReserveStock.MaxLines).OverridePropertyName("lines").When(x => x.Lines is not null);
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.ProductId).GreaterThan(0);
            line.RuleFor(l => l.Quantity).InclusiveBetween(1, Contracts.ReserveStock.MaxQuantity);
        });
        RuleFor(x => x.Warehouse).MaximumLength(Warehouse.CodeMaxLength);
        RuleFor(x => x.OrderId).MaximumLength(100);
        RuleFor(x => x.ReservationMinutes).InclusiveBetween(1, Contracts.ReserveStock.MaxMinutes);
        RuleFor(x => x.IdempotencyKey).MaximumLength(IdempotentRequest.MaxKeyLength);
    }
}
