using Eci.Modules.Notifications.Features.RecordEvents;
using FluentValidation;

namespace Eci.Modules.Notifications.Features.ListEvents;

internal sealed class ListEventsValidator : AbstractValidator<ListEvents>
{
    public ListEventsValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, ListEvents.MaxLimit).When(x => x.Limit is not null).OverridePropertyName("limit");
        RuleFor(x => x.After).Must(a => a is null || Guid.TryParse(a, out _) || FeedCursor.TryDecode(a, out _))
            .WithMessage("'after' must be a cursor this API returned or an event id.").OverridePropertyName("after");
        RuleFor(x => x.Types).Must(types => types.All(FeedEventKinds.Names.Contains))
            .WithMessage($"'type' must list event types among {string.Join(", ", FeedEventKinds.Names.Order(StringComparer.Ordinal))}.")
            .OverridePropertyName("type");
    }
}
