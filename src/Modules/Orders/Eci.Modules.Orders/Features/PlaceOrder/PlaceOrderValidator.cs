using Eci.Shared.Validation;
using FluentValidation;

namespace Eci.Modules.Orders.Features.PlaceOrder;

internal sealed class PlaceOrderValidator : AbstractValidator<PlaceOrder>
{
    public const int MaxItems = 100;
    public const int MaxQuantity = 1000;

    private static readonly string[] Methods = ["card", "credit_card", "debit_card", "upi", "wallet", "netbanking", "cod"];

    public PlaceOrderValidator()
    {
        RuleFor(x => x.Items).NotEmpty();
        RuleFor(x => x.Items!.Count).LessThanOrEqualTo(MaxItems).OverridePropertyName("items").When(x => x.Items is not null);
        RuleForEach(x => x.Items).ChildRules(item =>
        {
            item.RuleFor(i => i).NotNull();
            item.RuleFor(i => i!.ProductId).NotNull().GreaterThan(0).When(i => i is not null);
            item.RuleFor(i => i!.Quantity).NotNull().InclusiveBetween(1, MaxQuantity).When(i => i is not null);
        });
        RuleFor(x => x.PaymentMethod).NotEmpty().Must(m => m is null || Methods.Contains(m.Trim().ToLowerInvariant()))
            .WithMessage($"'payment_method' must be one of {string.Join(", ", Methods)}.");
        RuleFor(x => x.PaymentToken).MaximumLength(100);
        RuleFor(x => x.Currency).Length(3).When(x => x.Currency is not null);
        RuleFor(x => x.CustomerId).GreaterThan(0);
        RuleFor(x => x.IdempotencyKey).MaximumLength(Shared.Idempotency.IdempotentRequest.MaxKeyLength).OverridePropertyName("idempotency_key");
        RuleFor(x => x.ShippingAddress).ChildRules(address =>
        {
            address.RuleFor(a => a!.Line1).NotEmpty().MaximumLength(200);
            address.RuleFor(a => a!.Line2).MaximumLength(200);
            address.RuleFor(a => a!.City).NotEmpty().MaximumLength(100);
            address.RuleFor(a => a!.PostalCode).NotEmpty().MaximumLength(20);
            address.RuleFor(a => a!.Country).NotEmpty().IsoCountry();
        }).When(x => x.ShippingAddress is not null);
    }
}
