using Eci.Modules.Customers.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Eci.Modules.Customers.Tests;

public sealed class MigrationsShould
{
    [Fact]
    public void Cover_every_change_to_the_model()
    {
        using var db = new CustomersDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The Customers model changed without a migration: run scripts/add-migration.sh Customers <Name>.");
    }
}
