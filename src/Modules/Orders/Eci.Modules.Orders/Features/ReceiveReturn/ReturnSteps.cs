namespace Eci.Modules.Orders.Features.ReceiveReturn;

/// <summary>The steps of a receipt after its point of no return, as the workflow's fault hooks name them.</summary>
internal static class ReturnSteps
{
    public const string Restock = "return-restock";
    public const string Refund = "return-refund";
}
