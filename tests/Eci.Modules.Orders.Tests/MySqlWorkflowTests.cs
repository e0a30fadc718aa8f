using Eci.Modules.Orders.Persistence;
using Eci.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Modules.Orders.Tests;

/// <summary>The seed's layout: Orders and Shipping on MySQL, every other module on PostgreSQL.</summary>
public sealed class MySqlWorkflowHost : WorkflowHost
{
    protected override string SkipReason => TestDatabase.MySqlSkipReason;

    protected override TestDatabase? CreateDatabase() => MySqlTestDatabase.FromEnvironment();
}

public sealed class MySqlPlaceOrderTests(MySqlWorkflowHost host) : PlaceOrderTests(host), IClassFixture<MySqlWorkflowHost>;

public sealed class MySqlRefundCancelShipTests(MySqlWorkflowHost host) : RefundCancelShipTests(host), IClassFixture<MySqlWorkflowHost>;

/// <summary>The variants above really run on MySQL: the host's Orders context is on the MySQL provider.</summary>
public sealed class MySqlLayoutShould(MySqlWorkflowHost host) : IClassFixture<MySqlWorkflowHost>
{
    [Fact]
    public async Task Keep_orders_in_mysql()
    {
        var provider = await host.InScopeAsync(sp => ValueTask.FromResult(sp.GetRequiredService<OrdersDbContext>().Database.ProviderName));

        Assert.Equal("MySql.EntityFrameworkCore", provider);
    }
}
