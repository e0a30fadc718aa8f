using Eci.Modules.Shipping.Persistence;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Eci.Modules.Shipping.Tests;

public sealed class MySqlMigrationsShould
{
    [Fact]
    public void Cover_every_change_to_the_model()
    {
        using var db = DesignTimeContexts.Create<ShippingDbContext>("Shipping", ShippingDbContext.Schema, DatabaseProvider.MySql, options => new ShippingDbContext(options));

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            "The Shipping model changed without a MySQL migration: run scripts/add-migration.sh Shipping <Name> mysql.");
    }
}
