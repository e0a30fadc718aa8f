using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Customers.Persistence;

// Counts wrong passwords towards the lockout in one conditional UPDATE, so attempts sent in parallel cannot overwrite
// each other's count. The attempt that reaches MaxFailedLogins locks the account for Lockout and restarts the count;
// attempts while it is locked are not counted.
internal sealed class LockoutCounter(CustomersDbContext db, TimeProvider clock, IOptions<CustomersOptions> options)
{
    public async Task RecordFailureAsync(int customerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? lockedUntil = now + options.Value.Lockout;
        var max = options.Value.MaxFailedLogins;
        await db.Customers
            .Where(c => c.Id == customerId && (c.LockedUntil == null || c.LockedUntil <= now))
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.LockedUntil, c => c.FailedLogins + 1 >= max ? lockedUntil : c.LockedUntil)
                .SetProperty(c => c.FailedLogins, c => c.FailedLogins + 1 >= max ? 0 : c.FailedLogins + 1), cancellationToken);
    }
}
