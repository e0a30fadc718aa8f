using Eci.Modules.Customers.Domain;
using Eci.Modules.Customers.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Customers.Features.Login;

// Unknown email, wrong password, no password yet and a locked account all answer the same 401, in about the same time,
// so the answer tells an attacker nothing about which accounts exist.
internal sealed class CredentialCheck(CustomersDbContext db, Passwords passwords, LockoutCounter lockout, TimeProvider clock)
{
    public async Task<Customer> VerifyAsync(string email, string password, CancellationToken cancellationToken)
    {
        var key = Customer.KeyOf(email);
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.EmailKey == key, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var verdict = passwords.Verify(customer, password);
        if (customer is null || customer.IsLockedOut(now))
        {
            throw Passwords.InvalidCredentials();
        }

        if (verdict == PasswordVerificationResult.Failed)
        {
            await lockout.RecordFailureAsync(customer.Id, cancellationToken);
            throw Passwords.InvalidCredentials();
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            customer.UpgradePasswordHash(passwords.Hash(customer, password), now);
        }

        if (customer.FailedLogins > 0 || customer.LockedUntil is not null || verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            customer.RecordSuccessfulLogin();
            await SaveQuietlyAsync(cancellationToken);
        }

        return customer;
    }

    // The account changed since it was read (a profile update, another login): this reset is dropped, not the login.
    private async Task SaveQuietlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
        }
    }
}
