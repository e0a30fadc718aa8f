namespace Eci.Shared.Background;

/// <summary>
/// Holds the first pass of every <see cref="PeriodicWorker"/> until the host has answered its first request that is not
/// a liveness probe (a starting replica's first readiness probe, as a rule), or until <paramref name="hold"/> has passed,
/// whichever comes first (ADR 0058). Those first passes compile their queries and open a connection per module; on two
/// cores they competed with that first answer. The hold is real time, whatever clock the workers' waits follow.
/// </summary>
public sealed class FirstPassGate(TimeSpan hold)
{
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsOpen => _opened.Task.IsCompleted;

    public void Open() => _opened.TrySetResult();

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _opened.Task.WaitAsync(hold, TimeProvider.System, cancellationToken);
        }
        catch (TimeoutException)
        {
            Open();
        }
    }
}
