namespace Eci.Modules.Orders.Features.PlaceOrder;

internal sealed class NoWorkflowFaults : IWorkflowFaults
{
    public ValueTask AfterStepAsync(string step, Guid orderId, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
