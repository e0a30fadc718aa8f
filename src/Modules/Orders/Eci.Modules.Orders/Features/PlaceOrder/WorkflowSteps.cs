namespace Eci.Modules.Orders.Features.PlaceOrder;

internal static class WorkflowSteps
{
    public const string Reserve = "reserve";
    public const string Charge = "charge";
    public const string Ship = "ship";

    // A cancel's intent was saved; its effects are still to come.
    public const string Cancel = "cancel";
}
