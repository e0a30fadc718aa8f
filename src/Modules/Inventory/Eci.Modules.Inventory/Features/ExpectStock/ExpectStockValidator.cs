using Eci.Modules.Inventory.Domain;
using Eci.Shared.Idempotency;
using FluentValidation;

namespace Eci.Modules.Inventory.Features.ExpectStock;

internal sealed class ExpectStockValidator : AbstractValidator<ExpectStock>
{
    public ExpectStockValidator(TimeProvider clock)
    {
        RuleFor(x => x.ProductId).NotNull().GreaterThan(0);
        RuleFor(x => x.Warehouse).NotEmpty().MaximumLength(Warehouse.CodeMaxLength);
        RuleFor(x => x.Quantity).NotNull().InclusiveBetween(1, StockLimits.MaxPerRequest);
        RuleFor(x => x.ExpectedAt).NotNull()
            .Must(d => d >= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("'expected_at' must be today or later (UTC).");
        RuleFor(x => x.Reference).MaximumLength(IncomingStock.ReferenceMaxLength);
        RuleFor(x => x.IdempotencyKey).MaximumLength(IdempotentRequest.MaxKeyLength);
    }
}
