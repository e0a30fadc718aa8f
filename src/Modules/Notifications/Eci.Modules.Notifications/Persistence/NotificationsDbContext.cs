using Eci.Modules.Notifications.Domain;
using Eci.Shared.Inbox;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Modules.Notifications.Persistence;

internal sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public const string Schema = "notifications";

    public DbSet<Notification> Notifications => Set<Notification>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
        modelBuilder.AddInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Type).HasMaxLength(40).IsRequired();
        builder.Property(n => n.Channel).HasMaxLength(10).IsRequired();
        builder.Property(n => n.Recipient).HasMaxLength(320).IsRequired();
        builder.Property(n => n.Subject).HasMaxLength(200).IsRequired();
        builder.Property(n => n.Body).IsRequired();
        builder.Property(n => n.OrderId).HasMaxLength(100);
        builder.Property(n => n.Status).HasMaxLength(10).IsRequired();
        builder.Property(n => n.LastError).HasMaxLength(1000);
        builder.HasIndex(n => new { n.CustomerId, n.CreatedAt });
        builder.HasIndex(n => n.OrderId);
        builder.HasIndex(n => new { n.Status, n.NextAttemptAt });
    }
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without starting the host.</summary>
internal sealed class NotificationsDesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<NotificationsDbContext>
{
    public NotificationsDbContext CreateDbContext(string[] args) =>
        DesignTimeContexts.Create<NotificationsDbContext>("Notifications", NotificationsDbContext.Schema, options => new NotificationsDbContext(options));
}
