using Eci.Modules.Notifications.Contracts;
using Eci.Modules.Notifications.Domain;
using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using Eci.Shared.Persistence;
using Eci.Shared.Validation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Features.ViewNotifications;

/// <summary>A notification, for its customer or an admin; anyone else is told it does not exist.</summary>
internal sealed record ShowNotification(Guid Id, Caller Caller) : IQuery<NotificationResponse>;

/// <summary>The caller's notifications (an admin's: everyone's), optionally of one order or in one status, newest first.</summary>
internal sealed record ListNotifications(PageRequest Paging, string? OrderId, string? Status, Caller Caller) : IQuery<Page<NotificationResponse>>;

internal sealed class NotificationQueries(NotificationsDbContext db)
    : IQueryHandler<ShowNotification, NotificationResponse>,
      IQueryHandler<ListNotifications, Page<NotificationResponse>>,
      IQueryHandler<GetOrderNotifications, IReadOnlyList<NotificationDto>>
{
    public async ValueTask<NotificationResponse> Handle(ShowNotification query, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.AsNoTracking().FirstOrDefaultAsync(n => n.Id == query.Id, cancellationToken);
        return notification is not null && (query.Caller.IsAdmin || (notification.CustomerId is { } owner && query.Caller.MayActFor(owner)))
            ? NotificationResponse.From(notification)
            : throw new NotFoundException("Notification", query.Id);
    }

    public async ValueTask<Page<NotificationResponse>> Handle(ListNotifications query, CancellationToken cancellationToken)
    {
        var notifications = db.Notifications.AsNoTracking();
        if (!query.Caller.IsAdmin)
        {
            notifications = notifications.Where(n => n.CustomerId == query.Caller.CustomerId);
        }

        notifications = notifications.WhereIf(!string.IsNullOrWhiteSpace(query.OrderId), n => n.OrderId == query.OrderId);

        notifications = notifications.WhereIf(!string.IsNullOrWhiteSpace(query.Status), n => n.Status == query.Status);

        return await notifications.ToPageAsync(q => q.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id), query.Paging, NotificationResponse.From, cancellationToken);
    }

    public async ValueTask<IReadOnlyList<NotificationDto>> Handle(GetOrderNotifications query, CancellationToken cancellationToken) =>
        (await db.Notifications.AsNoTracking().Where(n => n.OrderId == query.OrderId).OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync(cancellationToken))
        .Select(n => n.ToDto()).ToList();
}

internal sealed class ListNotificationsValidator : AbstractValidator<ListNotifications>
{
    public ListNotificationsValidator()
    {
        this.ValidPaging(x => x.Paging);
        RuleFor(x => x.OrderId).MaximumLength(100);
        RuleFor(x => x.Status).Must(s => s is null || NotificationStatus.All.Contains(s))
            .WithMessage($"'status' must be one of {string.Join(", ", NotificationStatus.All)}.");
    }
}
