using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Hosting;

// A folder that is none of the five areas, holding each kind of type the anatomy names, named and placed wrongly.
namespace Eci.Modules.Rogue.Workflow;

public sealed record GetRogue(int Id) : IQuery<int>;

public sealed record ListRogues : IQuery<int>;

public sealed record RogueSeen(int Id) : INotification;

public sealed record RogueLost(int Id) : INotification;

/// <summary>Neither named for a handler nor limited to one query.</summary>
public sealed class RogueQueries : IQueryHandler<GetRogue, int>, IQueryHandler<ListRogues, int>
{
    public ValueTask<int> Handle(GetRogue query, CancellationToken cancellationToken) => ValueTask.FromResult(query.Id);

    public ValueTask<int> Handle(ListRogues query, CancellationToken cancellationToken) => ValueTask.FromResult(0);
}

/// <summary>Named for a handler, but handles two notifications.</summary>
public sealed class RogueEventsHandler : INotificationHandler<RogueSeen>, INotificationHandler<RogueLost>
{
    public ValueTask Handle(RogueSeen notification, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask Handle(RogueLost notification, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

/// <summary>A handler with the anatomy's shape, which the handler rule must leave alone.</summary>
public sealed class GetRogueHandler : IQueryHandler<GetRogue, int>
{
    public ValueTask<int> Handle(GetRogue query, CancellationToken cancellationToken) => ValueTask.FromResult(query.Id);
}

/// <summary>A validator not named for one.</summary>
public sealed class GetRogueRules : AbstractValidator<GetRogue>
{
    public GetRogueRules() => RuleFor(q => q.Id).GreaterThan(0);
}

/// <summary>An EF configuration neither named for one nor in Persistence.</summary>
public sealed class RogueRowMapping : IEntityTypeConfiguration<RogueRow>
{
    public void Configure(EntityTypeBuilder<RogueRow> builder) => builder.ToTable("rogue_rows");
}

/// <summary>A hosted service neither a worker nor a sweeper, outside Background.</summary>
public sealed class RogueCleaner : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
}
