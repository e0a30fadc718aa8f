using Eci.Modules.Payments.Integrations;

namespace Eci.Modules.Payments;

/// <summary>Settings under <c>Modules:Payments</c>.</summary>
internal sealed class PaymentsOptions
{
    /// <summary>Which processor adapter to use; <c>simulated</c> is the built-in test-mode processor.</summary>
    public string Gateway { get; set; } = "simulated";

    /// <summary>How calls to the processor are timed out, retried and broken off (<c>Modules:Payments:Resilience</c>).</summary>
    public ProcessorResilienceOptions Resilience { get; set; } = new();

    /// <summary>The method of a charge sent without one (the seed API's body has none).</summary>
    public string DefaultMethod { get; set; } = "card";

    /// <summary>The currency of a charge sent without one.</summary>
    public string DefaultCurrency { get; set; } = "INR";
}
