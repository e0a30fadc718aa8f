namespace Eci.ChaosTests;

/// <summary>Checkout requests on the wire per replica, and how many were sent and cut off in all.</summary>
internal sealed class ReplicaWire(int replicas)
{
    private readonly int[] _inFlight = new int[replicas];
    private int _attempts;
    private int _unanswered;

    public int Attempts => Volatile.Read(ref _attempts);

    public int Unanswered => Volatile.Read(ref _unanswered);

    public int InFlight(int replica) => Volatile.Read(ref _inFlight[replica]);

    public void Sent(int replica)
    {
        Interlocked.Increment(ref _attempts);
        Interlocked.Increment(ref _inFlight[replica]);
    }

    public void Ended(int replica) => Interlocked.Decrement(ref _inFlight[replica]);

    public void NoAnswer() => Interlocked.Increment(ref _unanswered);
}
