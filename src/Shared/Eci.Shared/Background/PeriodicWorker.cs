using Microsoft.Extensions.Hosting;

namespace Eci.Shared.Background;

/// <summary>
/// A background loop: one pass of work, then a wait, until the host stops. A failed pass is reported and the next one
/// runs after the usual wait; the wait follows the given clock, so a test that moves the clock moves the worker.
/// The first pass waits until the host has started every service, the HTTP server included, and then for the
/// <see cref="FirstPassGate"/> where the host has one, so that a starting replica answers its readiness probe before its
/// sweeps and relays compete with it for the CPU.
/// </summary>
public abstract class PeriodicWorker(FirstPassGate? firstPass = null) : BackgroundService, IHostedLifecycleService
{
    // Set once the host has started every service. The loop itself starts in StartAsync, so that the host watches it
    // as it watches any background service (a loop that fails is logged, and stops the host by default).
    private readonly TaskCompletionSource _hostStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The clock the waits follow.</summary>
    protected abstract TimeProvider Clock { get; }

    /// <summary>The wait between passes, read once when the worker starts.</summary>
    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>A pass failed; the worker goes on.</summary>
    protected abstract void OnFailure(Exception exception);

    /// <summary>Waits before the next pass; a worker that can be woken early overrides this.</summary>
    protected virtual Task WaitAsync(TimeSpan interval, CancellationToken cancellationToken) => Task.Delay(interval, Clock, cancellationToken);

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        _hostStarted.TrySetResult();
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _hostStarted.Task.WaitAsync(stoppingToken);
            if (firstPass is not null)
            {
                await firstPass.WaitAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

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
