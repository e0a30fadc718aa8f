using Eci.Modules.Customers.Domain;
using Eci.Modules.Customers.Persistence;
using Mediator;

namespace Eci.Modules.Customers.Features.Register;

internal sealed class RegisterHandler(CustomersDbContext db, Passwords passwords, TimeProvider clock)
    : ICommandHandler<Register, CustomerResponse>
{
    public async ValueTask<CustomerResponse> Handle(Register command, CancellationToken cancellationToken)
    {
        await EmailGuard.EnsureFreeAsync(db, command.Email!, exceptId: null, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var customer = Customer.Register(command.Email!, command.FullName!, command.Phone, now);
        customer.SetPasswordHash(passwords.Hash(customer, command.Password!), now);
        db.Customers.Add(customer);
        await db.SaveChangesAsync(cancellationToken);
        return CustomerResponse.From(customer);
    }
}
