namespace Eci.Modules.Orders.Workflow;

/// <summary>
/// A seam after each workflow step, where a test can make the process "die" between two steps to prove that the
/// recovery worker finishes the order. The host registers <see cref="NoWorkflowFaults"/>.
/// </summary>
internal interface IWorkflowFaults
{
    ValueTask AfterStepAsync(string step, Guid orderId, CancellationToken cancellationToken);
}

internal sealed class NoWorkflowFaults : IWorkflowFaults
{
    public ValueTask AfterStepAsync(string step, Guid orderId, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

internal static class WorkflowSteps
{
    public const string Reserve = "reserve";
    public const string Charge = "charge";
    public const string Ship = "ship";

    /// <summary>A cancel's intent was saved; its effects are still to come.</summary>
    public const string Cancel = "cancel";
}
