using Eci.Modules.Customers.Domain;
using FluentValidation;

namespace Eci.Modules.Customers.Features.Login;

internal sealed class LoginValidator : AbstractValidator<Login>
{
    public LoginValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(Customer.EmailMaxLength);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(PasswordRules.MaxLength);
    }
}
