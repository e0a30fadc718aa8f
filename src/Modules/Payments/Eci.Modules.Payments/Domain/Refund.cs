namespace Eci.Modules.Payments.Domain;

internal sealed class Refund
{
    private Refund()
    {
    }

    public Refund(Guid id, long amountMinor, string reason, string gatewayReference, DateTime createdAt)
    {
        Id = id;
        AmountMinor = amountMinor;
        Reason = reason;
        GatewayReference = gatewayReference;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public long AmountMinor { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    public string GatewayReference { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }
}
