using Eci.Modules.Customers.Domain;
using Eci.Modules.Customers.Persistence;
using Eci.Shared.Auth;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Customers.Features.SetPassword;

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
