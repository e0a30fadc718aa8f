using Eci.Modules.Inventory.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Eci.Modules.Inventory.Tests;

public sealed class MigrationsShould
{
    [Fact]
    public void Cover_every_change_to_the_model()
    {
        using var db = new InventoryDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The Inventory model changed without a migration: run scripts/add-migration.sh Inventory <Name>.");
    }
}
