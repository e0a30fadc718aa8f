namespace Eci.Modules.Orders.Domain;

/// <summary>
/// A row one worker at a time drives to its end (a request, or the recovery worker after a crash): it holds a lease
/// until <see cref="LeaseUntil"/>, and every change moves <see cref="Version"/>, the row's concurrency token.
/// </summary>
internal abstract class LeasedRecord
{
    /// <summary>Until when one worker (a request or the recovery worker) drives this row.</summary>
    public DateTime? LeaseUntil { get; private set; }

    public int Version { get; protected set; }

    /// <summary>Takes the lease; false when another worker holds it.</summary>
    public bool TryLease(DateTime now, TimeSpan length)
    {
        if (LeaseUntil > now)
        {
            return false;
        }

        LeaseUntil = now + length;
        Version++;
        return true;
    }

    /// <summary>Gives the lease back; the version moves too, so a copy read while it was held can no longer be saved.</summary>
    public void ReleaseLease()
    {
        LeaseUntil = null;
        Version++;
    }
}
