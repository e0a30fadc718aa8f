using Eci.Modules.Customers.Domain;
using Eci.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Customers.Persistence;

internal static class EmailGuard
{
    // A clear 409 for a taken email; the unique index still guards the race between check and insert.
    public static async Task EnsureFreeAsync(CustomersDbContext db, string email, int? exceptId, CancellationToken cancellationToken)
    {
        var key = Customer.KeyOf(email);
        if (await db.Customers.AnyAsync(c => c.EmailKey == key && c.Id != exceptId, cancellationToken))
        {
            throw new ConflictException("duplicate_email", "An account with this email already exists.");
        }
    }
}
