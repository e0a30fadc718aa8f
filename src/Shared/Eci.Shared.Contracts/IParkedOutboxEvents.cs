namespace Eci.Shared.Contracts;

/// <summary>
/// One module's parked outbox events (failed too often, waiting for a person): every module with an outbox registers
/// one for its own, so an operator's view can count them without reaching into any module's database.
/// </summary>
public interface IParkedOutboxEvents
{
    /// <summary>The module whose outbox this is, e.g. <c>Orders</c>.</summary>
    string Module { get; }

    Task<int> CountAsync(CancellationToken cancellationToken);
}
