using Microsoft.Extensions.Hosting;

namespace Eci.Shared.Background;

/// <summary>
/// A background loop: one pass of work, then a wait, until the host stops. A failed pass is reported and the next one
/// runs after the usual wait; the wait follows the given clock, so a test that moves the clock moves the worker.
/// </summary>
public abstract class PeriodicWorker : BackgroundService
{
    /// <summary>The clock the waits follow.</summary>
    protected abstract TimeProvider Clock { get; }

    /// <summary>The wait between passes, read once when the worker starts.</summary>
    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>A pass failed; the worker goes on.</summary>
    protected abstract void OnFailure(Exception exception);

    /// <summary>Waits before the next pass; a worker that can be woken early overrides this.</summary>
    protected virtual Task WaitAsync(TimeSpan interval, CancellationToken cancellationToken) => Task.Delay(interval, Clock, cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = Interval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                OnFailure(ex);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // The host is stopping and cut the pass short, whatever the exception it surfaced as (a driver may wrap the
                // cancellation in its own). What the pass had not committed is done again by the next start or replica.
                return;
            }

            try
            {
                await WaitAsync(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
