using Eci.Modules.Inventory.Contracts;
using Eci.Shared.Idempotency;
using FluentValidation;

namespace Eci.Modules.Orders.Features.ReceiveReturn;

internal sealed class ReceiveReturnValidator : AbstractValidator<ReceiveReturn>
{
    public ReceiveReturnValidator()
    {
        RuleFor(x => x.Lines).NotEmpty().Must(l => l is null || l.Count <= 200).WithMessage("A receipt has at most 200 lines.");
        RuleForEach(x => x.Lines).NotNull().ChildRules(line =>
        {
            line.RuleFor(l => l.ProductId).NotNull().GreaterThan(0);
            line.RuleFor(l => l.Quantity).NotNull().InclusiveBetween(1, 100_000);
            line.RuleFor(l => l.Disposition).NotEmpty().Must(d => d is null || StockDispositions.All.Contains(d))
                .WithMessage($"'disposition' must be one of {string.Join(", ", StockDispositions.All)}.");
            line.RuleFor(l => l.Warehouse).NotEmpty().MaximumLength(16);
        });
        RuleFor(x => x.IdempotencyKey).MaximumLength(IdempotentRequest.MaxKeyLength);
    }
}
