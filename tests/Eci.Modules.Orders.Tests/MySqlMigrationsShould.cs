using Eci.Modules.Orders.Persistence;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Eci.Modules.Orders.Tests;

public sealed class MySqlMigrationsShould
{
    [Fact]
    public void Cover_every_change_to_the_model()
    {
        using var db = DesignTimeContexts.Create<OrdersDbContext>("Orders", OrdersDbContext.Schema, DatabaseProvider.MySql, options => new OrdersDbContext(options));

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            "The Orders model changed without a MySQL migration: run scripts/add-migration.sh Orders <Name> mysql.");
    }
}
