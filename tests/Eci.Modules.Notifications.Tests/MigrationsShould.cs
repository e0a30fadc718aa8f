using Eci.Modules.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Eci.Modules.Notifications.Tests;

public sealed class MigrationsShould
{
    [Fact]
    public void Cover_every_change_to_the_model()
    {
        using var db = new NotificationsDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The Notifications model changed without a migration: run scripts/add-migration.sh Notifications <Name>.");
    }
}
