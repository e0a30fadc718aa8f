namespace Eci.Modules.Notifications.Background;

/// <summary>Wakes the delivery worker when notifications are queued, before its next poll.</summary>
internal sealed class DeliverySignal
{
    private readonly SemaphoreSlim _queued = new(0, 1);

    public void Wake()
    {
        // Checked first so that the usual case, a worker already woken, costs no exception; the catch covers the race.
        if (_queued.CurrentCount > 0)
        {
            return;
        }

        try
        {
            _queued.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _queued.WaitAsync(timeout, cancellationToken);
}
