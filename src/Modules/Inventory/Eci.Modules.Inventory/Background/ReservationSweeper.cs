using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Background;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Inventory.Background;

// Expires holds past their time and gives their stock back. Paid stock is committed, not held, so it is never touched.
// Safe on several replicas: each expiry is a guarded transition that only one of them can win.
internal sealed partial class ReservationSweeper(IServiceProvider services, TimeProvider clock, IOptions<InventoryOptions> options, ILogger<ReservationSweeper> logger,
    FirstPassGate? firstPass = null)
    : PeriodicWorker(firstPass)
{
    private const int BatchSize = 100;

    protected override TimeProvider Clock => clock;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.SweepIntervalSeconds);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    protected override void OnFailure(Exception exception) => LogSweepFailed(logger, exception);

    // Returns how many it expired.
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var expired = 0;
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
            var reservations = scope.ServiceProvider.GetRequiredService<ReservationStore>();
            var now = clock.GetUtcNow().UtcDateTime;
            var due = await db.Reservations.AsNoTracking()
                .Where(r => r.Status == ReservationStatuses.Active && r.ExpiresAt <= now)
                .OrderBy(r => r.ExpiresAt).Select(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var id in due)
            {
                var reservation = await db.InTransactionAsync(
                    ct => reservations.TransitionAsync(id, (r, at) => r.Expire(at), "hold expired", ct), cancellationToken);
                expired += reservation.Reservation.Status == ReservationStatuses.Expired ? 1 : 0;
                db.ChangeTracker.Clear();
            }

            if (due.Count < BatchSize)
            {
                return expired;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reservation sweep failed")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
