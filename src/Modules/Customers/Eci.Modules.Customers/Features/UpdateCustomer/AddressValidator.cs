using Eci.Modules.Customers.Domain;
using Eci.Shared.Validation;
using FluentValidation;

namespace Eci.Modules.Customers.Features.UpdateCustomer;

internal sealed class AddressValidator : AbstractValidator<Features.AddressDto>
{
    public AddressValidator()
    {
        RuleFor(a => a.Line1).NotEmpty().MaximumLength(Address.LineMaxLength);
        RuleFor(a => a.Line2).MaximumLength(Address.LineMaxLength);
        RuleFor(a => a.City).NotEmpty().MaximumLength(Address.CityMaxLength);
        RuleFor(a => a.PostalCode).NotEmpty().MaximumLength(Address.PostalCodeMaxLength);
        RuleFor(a => a.Country).NotEmpty().IsoCountry();
    }
}
