namespace Eci.Modules.Payments;

/// <summary>Settings under <c>Modules:Payments</c>.</summary>
internal sealed class PaymentsOptions
{
    /// <summary>Which processor adapter to use; <c>simulated</c> is the built-in test-mode processor.</summary>
    public string Gateway { get; set; } = "simulated";

    /// <summary>Calls to the processor per charge or refund before a timeout counts as a failure.</summary>
    public int GatewayAttempts { get; set; } = 3;

    public int GatewayRetryDelayMilliseconds { get; set; } = 200;

    /// <summary>The currency of a charge sent without one.</summary>
    public string DefaultCurrency { get; set; } = "INR";
}
