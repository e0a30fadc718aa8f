using Eci.Shared.Outbox;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Tests.Feed;

/// <summary>
/// An outbox of the test's own, in a schema of its own beside the feed, relayed by the host's real dispatcher: lets a
/// test commit or roll back a change with its event, as any module's handler does.
/// </summary>
public sealed class ScratchOutboxDbContext(DbContextOptions<ScratchOutboxDbContext> options) : ModuleDbContext(options, "scratch")
{
    protected override void AddBuildingBlocks(ModelBuilder modelBuilder) => modelBuilder.AddOutbox();
}
