using Eci.Shared.Validation;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Shipping.Features.ShipOrder;

internal sealed class ShipOrderValidator : AbstractValidator<ShipOrder>
{
    public ShipOrderValidator(IOptions<ShippingOptions> options)
    {
        RuleFor(x => x.OrderId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Address).MaximumLength(200).Must(a => a is null || a.Trim().Length > 0).WithMessage("'address' must not be blank.");
        RuleFor(x => x.City).MaximumLength(100).Must(c => c is null || c.Trim().Length > 0).WithMessage("'city' must not be blank.");
        RuleFor(x => x.PostalCode).MaximumLength(20).Must(p => p is null || p.Trim().Length > 0).WithMessage("'postal_code' must not be blank.");
        RuleFor(x => x.Country).IsoCountry();
        RuleFor(x => x.Carrier).Must(c => options.Value.Find(c) is not null).WithMessage(options.Value.UnknownCarrierMessage);
    }
}
