namespace Eci.Modules.Notifications.Background;

/// <summary>Wakes the delivery worker when notifications are queued, before its next poll.</summary>
internal sealed class DeliverySignal
{
    private readonly SemaphoreSlim _queued = new(0, 1);

    public void Wake()
    {
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
