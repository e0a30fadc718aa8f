using Eci.Modules.Customers.Domain;
using FluentValidation;

namespace Eci.Modules.Customers.Features.SetPassword;

internal sealed class SetPasswordValidator : AbstractValidator<SetPassword>
{
    public SetPasswordValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(Customer.EmailMaxLength);
        RuleFor(x => x.Token).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Password).StrongPassword(x => x.Email);
    }
}
