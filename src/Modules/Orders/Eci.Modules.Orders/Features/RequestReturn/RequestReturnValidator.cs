using Eci.Shared.Idempotency;
using FluentValidation;

namespace Eci.Modules.Orders.Features.RequestReturn;

// Of the body rather than the command, and run by the handler once the order was found to be the caller's: someone
// else's order is a 404 whatever the body says.
internal sealed class RequestReturnValidator : AbstractValidator<ReturnRequestBody>
{
    public const int MaxLines = 100;

    public RequestReturnValidator()
    {
        RuleFor(x => x.Lines).NotEmpty().Must(l => l is null || l.Count <= MaxLines).WithMessage($"A return has at most {MaxLines} lines.");
        RuleFor(x => x.Lines).Must(l => l!.Select(x => x.ProductId).Distinct().Count() == l!.Count)
            .When(x => x.Lines is { Count: > 0 } && x.Lines.All(l => l is not null)).WithMessage("Name each product once.");
        RuleForEach(x => x.Lines).NotNull().ChildRules(line =>
        {
            line.RuleFor(l => l.ProductId).NotNull().GreaterThan(0);
            line.RuleFor(l => l.Quantity).NotNull().InclusiveBetween(1, 100_000);
            line.RuleFor(l => l.Reason).MaximumLength(500);
        });
        RuleFor(x => x.IdempotencyKey).MaximumLength(IdempotentRequest.MaxKeyLength);
    }
}
