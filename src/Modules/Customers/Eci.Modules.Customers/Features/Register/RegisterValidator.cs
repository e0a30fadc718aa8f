using Eci.Modules.Customers.Domain;
using FluentValidation;

namespace Eci.Modules.Customers.Features.Register;

internal sealed class RegisterValidator : AbstractValidator<Register>
{
    public RegisterValidator()
    {
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.FullName).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("'{PropertyName}' must not be empty.")
            .MaximumLength(Customer.NameMaxLength);
        RuleFor(x => x.Password).StrongPassword(x => x.Email);
        RuleFor(x => x.Phone).ValidPhone().When(x => x.Phone is not null);
    }
}
