using Microsoft.Extensions.Hosting;

namespace Eci.Shared.Background;

/// <summary>
/// A background loop: one pass of work, then a wait, until the host stops. A failed pass is reported and the next one
/// runs after the usual wait; the wait follows the given clock, so a test that moves the clock moves the worker.
/// The first pass waits until the host has started every service, the HTTP server included, so that a starting replica
/// answers its readiness probe before its sweeps and relays compete with it for the CPU.
/// </summary>
public abstract class PeriodicWorker : BackgroundService, IHostedLifecycleService
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

    /// <summary>Starts nothing yet: the loop starts in <see cref="StartedAsync"/>.</summary>
    public override Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => base.StartAsync(cancellationToken);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
