using Eci.Modules.Orders.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Eci.Modules.Orders.Tests;

public sealed class MigrationsShould
{
    [Fact]
    public void Cover_every_change_to_the_model()
    {
        using var db = new OrdersDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The Orders model changed without a migration: run scripts/add-migration.sh Orders <Name>.");
    }
}
