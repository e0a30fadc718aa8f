namespace Eci.Modules.Orders.Features.PlaceOrder;

/// <summary>A seam after each workflow step where a test makes the process "die", to prove the recovery worker finishes the order.</summary>
internal interface IWorkflowFaults
{
    ValueTask AfterStepAsync(string step, Guid orderId, CancellationToken cancellationToken);
}
