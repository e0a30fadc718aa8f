namespace Eci.Testing;

/// <summary>
/// The real clock moved forward by whatever a test adds, so expiry can be tested without sleeping. Timers still run
/// in real time, and tokens signed before a shift stay valid, since their checks use real time.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
