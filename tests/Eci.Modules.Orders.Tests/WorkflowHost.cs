using Eci.Modules.Orders.Features.PlaceOrder;
using Eci.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Modules.Orders.Tests;

/// <summary>A fault a test arms for the next workflow step it names; it fires once.</summary>
internal sealed class ArmedFault : IWorkflowFaults
{
    private Func<Guid, Task>? _action;
    private string? _step;

    public void Arm(string step, Func<Guid, Task> action)
    {
        _step = step;
        _action = action;
    }

    public async ValueTask AfterStepAsync(string step, Guid orderId, CancellationToken cancellationToken)
    {
        if (step == _step && Interlocked.Exchange(ref _action, null) is { } action)
        {
            await action(orderId);
        }
    }
}

/// <summary>A host whose workflow can be interrupted, and whose recovery worker looks for stale orders every second.</summary>
public abstract class WorkflowHost : HostFixture
{
    internal ArmedFault Fault { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Modules:Orders:RecoveryAfterSeconds"] = "1",
        ["Modules:Orders:RecoveryIntervalSeconds"] = "1",
        // A one-minute hold lets a test outlive it without outliving the workflow's two-minute lease on the order.
        ["Modules:Orders:HoldMinutes"] = "1",
        ["Modules:Payments:Resilience:RetryDelayMilliseconds"] = "0",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IWorkflowFaults>(Fault);
}

public sealed class SqliteWorkflowHost : WorkflowHost
{
    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresWorkflowHost : WorkflowHost
{
    protected override TestDatabase? CreateDatabase() => TestDatabase.PostgresServer is { } server ? new PostgresTestDatabase(server) : null;
}
