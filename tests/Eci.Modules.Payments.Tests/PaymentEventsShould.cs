using System.Text.Json;
using Eci.Modules.Payments.Contracts;
using Eci.Shared.Contracts;
using Eci.Shared.Http;
using Xunit;

namespace Eci.Modules.Payments.Tests;

/// <summary>Outbox rows written while an order id was a string in the events still read, and new rows look the same.</summary>
public sealed class PaymentEventsShould
{
    private static readonly JsonSerializerOptions Json = EciJson.Create();
    private static readonly Guid Payment = Guid.NewGuid();
    private static readonly Guid Order = Guid.NewGuid();
    private static readonly Money Amount = new(4200, "INR");
    private static readonly DateTime At = new(2026, 11, 30, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Read_a_stored_succeeded_event() =>
        AssertSame(new StoredSucceeded(Payment, Order.ToString(), 7, Amount, At), new PaymentSucceeded(Payment, Order, 7, Amount, At));

    [Fact]
    public void Read_a_stored_failed_event() =>
        AssertSame(new StoredFailed(Payment, Order.ToString(), 7, Amount, "card_declined", At), new PaymentFailed(Payment, Order, 7, Amount, "card_declined", At));

    [Fact]
    public void Read_a_stored_refunded_event() =>
        AssertSame(new StoredRefunded(Payment, Order.ToString(), 7, Amount, Amount, At), new PaymentRefunded(Payment, Order, 7, Amount, Amount, At));

    private static void AssertSame<TStored, TEvent>(TStored stored, TEvent current)
    {
        var payload = JsonSerializer.Serialize(stored, Json);

        Assert.Equal(current, JsonSerializer.Deserialize<TEvent>(payload, Json));
        Assert.Equal(payload, JsonSerializer.Serialize(current, Json));
    }

    private sealed record StoredSucceeded(Guid PaymentId, string OrderId, int CustomerId, Money Amount, DateTime OccurredAt);

    private sealed record StoredFailed(Guid PaymentId, string OrderId, int CustomerId, Money Amount, string FailureCode, DateTime OccurredAt);

    private sealed record StoredRefunded(Guid PaymentId, string OrderId, int CustomerId, Money Amount, Money TotalRefunded, DateTime OccurredAt);
}
