using Eci.Modules.Shipping.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Eci.Modules.Shipping.Tests;

public sealed class MigrationsShould
{
    [Fact]
    public void Cover_every_change_to_the_model()
    {
        using var db = new ShippingDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The Shipping model changed without a migration: run scripts/add-migration.sh Shipping <Name>.");
    }
}
