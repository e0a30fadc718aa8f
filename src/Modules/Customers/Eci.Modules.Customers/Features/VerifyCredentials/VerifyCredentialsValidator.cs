using Eci.Modules.Customers.Domain;
using FluentValidation;

namespace Eci.Modules.Customers.Features.VerifyCredentials;

internal sealed class VerifyCredentialsValidator : AbstractValidator<Contracts.VerifyCredentials>
{
    public VerifyCredentialsValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(Customer.EmailMaxLength);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(PasswordRules.MaxLength);
    }
}
