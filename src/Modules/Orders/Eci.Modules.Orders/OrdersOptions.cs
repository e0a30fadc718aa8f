namespace Eci.Modules.Orders;

/// <summary>Settings under <c>Modules:Orders</c>.</summary>
internal sealed class OrdersOptions
{
    /// <summary>Tax as a percentage of the subtotal.</summary>
    public decimal TaxPercent { get; set; } = 5m;

    /// <summary>The flat shipping fee, in the order's currency.</summary>
    public decimal ShippingFee { get; set; } = 10m;

    /// <summary>How long a hold lasts while the order is being paid.</summary>
    public int HoldMinutes { get; set; } = 15;

    /// <summary>An order left at an intermediate step this long is driven on by the recovery worker.</summary>
    public int RecoveryAfterSeconds { get; set; } = 60;

    /// <summary>How many days after delivery a customer may ask to return units; an admin may any time.</summary>
    public int ReturnWindowDays { get; set; } = 30;

    public int RecoveryIntervalSeconds { get; set; } = 10;

    // One driver holds an order this long: it must outlast one run of the workflow, and it is how long an order whose
    // driver died waits before another may take it over.
    public int LeaseSeconds { get; set; } = 120;

    // A retry of a checkout whose first attempt is still running waits this long for its outcome before it is answered
    // 409 idempotency_key_in_flight.
    public int ReplayWaitSeconds { get; set; } = 5;
}
