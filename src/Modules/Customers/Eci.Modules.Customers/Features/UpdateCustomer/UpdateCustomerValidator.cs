using Eci.Modules.Customers.Domain;
using FluentValidation;

namespace Eci.Modules.Customers.Features.UpdateCustomer;

internal sealed class UpdateCustomerValidator : AbstractValidator<UpdateCustomer>
{
    public const int MaxAddresses = 10;

    public UpdateCustomerValidator()
    {
        RuleFor(x => x.FullName).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("'{PropertyName}' must not be empty.")
            .MaximumLength(Customer.NameMaxLength).When(x => x.FullName is not null);
        // An empty phone clears it; null (or an omitted member) keeps it.
        RuleFor(x => x.Phone).ValidPhone().When(x => x.Phone is { Length: > 0 });
        RuleFor(x => x.Email).ValidEmail().When(x => x.Email is not null);
        RuleFor(x => x.NewPassword).StrongPassword(x => x.Email).When(x => x.NewPassword is not null);
        RuleFor(x => x.CurrentPassword).NotEmpty()
            .When(x => x.Email is not null || x.NewPassword is not null)
            .WithMessage("'{PropertyName}' is needed to change the email or the password.");
        RuleFor(x => x.Addresses!.Count).LessThanOrEqualTo(MaxAddresses).OverridePropertyName("addresses")
            .When(x => x.Addresses is not null);
        RuleFor(x => x.Addresses!.Count(a => a != null && a.IsDefault == true)).LessThanOrEqualTo(1).OverridePropertyName("addresses")
            .WithMessage("At most one address may be the default.")
            .When(x => x.Addresses is not null);
        RuleForEach(x => x.Addresses).NotNull().SetValidator(new AddressValidator());
    }
}
