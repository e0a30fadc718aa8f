using Eci.Modules.Customers.Auth;
using Eci.Modules.Customers.Domain;
using Eci.Modules.Customers.Persistence;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Customers.Features.Register;

internal sealed record Register(string? Email, string? FullName, string? Password, string? Phone) : ICommand<CustomerResponse>;

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

internal static class EmailGuard
{
    /// <summary>A clear 409 for a taken email; the unique index still guards the race between check and insert.</summary>
    public static async Task EnsureFreeAsync(CustomersDbContext db, string email, int? exceptId, CancellationToken cancellationToken)
    {
        var key = Customer.KeyOf(email);
        if (await db.Customers.AnyAsync(c => c.EmailKey == key && c.Id != exceptId, cancellationToken))
        {
            throw new ConflictException("duplicate_email", "An account with this email already exists.");
        }
    }
}
