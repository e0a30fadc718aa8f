using Mediator;

namespace Eci.Modules.Notifications.Features.GetEvent;

/// <summary>One event of the feed, by its id.</summary>
internal sealed record GetEvent(Guid Id) : IQuery<EventResponse>;
