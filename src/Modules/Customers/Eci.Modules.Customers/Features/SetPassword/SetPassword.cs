using Eci.Modules.Customers.Auth;
using Eci.Modules.Customers.Domain;
using Eci.Modules.Customers.Persistence;
using Eci.Shared.Auth;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Customers.Features.PasswordSetup;

/// <summary>Sets a password with a token from <see cref="IssuePasswordToken"/>; the token works once.</summary>
internal sealed record SetPassword(string? Email, string? Token, string? Password) : ICommand;

internal sealed class SetPasswordHandler(CustomersDbContext db, Passwords passwords, SecurityStampCache stamps, TimeProvider clock) : ICommandHandler<SetPassword>
{
    public async ValueTask<Unit> Handle(SetPassword command, CancellationToken cancellationToken)
    {
        var key = Customer.KeyOf(command.Email!);
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.EmailKey == key, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (customer is null || !customer.HasValidPasswordToken(Passwords.HashToken(command.Token!), now))
        {
            throw Passwords.InvalidCredentials();
        }

        customer.SetPasswordHash(passwords.Hash(customer, command.Password!), now);
        await db.SaveChangesAsync(cancellationToken);
        stamps.Evict(customer.Id);
        return Unit.Value;
    }
}

internal sealed class SetPasswordValidator : AbstractValidator<SetPassword>
{
    public SetPasswordValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(Customer.EmailMaxLength);
        RuleFor(x => x.Token).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Password).StrongPassword(x => x.Email);
    }
}
