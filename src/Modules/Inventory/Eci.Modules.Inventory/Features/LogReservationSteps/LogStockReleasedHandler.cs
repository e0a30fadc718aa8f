using Eci.Modules.Inventory.Contracts;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Eci.Modules.Inventory.Features.LogReservationSteps;

/// <summary>Writes the reservation step to the debug log; the event's main reader is the event feed.</summary>
internal sealed partial class LogStockReleasedHandler(ILogger<LogStockReleasedHandler> logger) : INotificationHandler<StockReleased>
{
    public ValueTask Handle(StockReleased notification, CancellationToken cancellationToken)
    {
        LogStep(logger, notification.ReservationId, notification.OrderId, notification.Status);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reservation {ReservationId} of order {OrderId} freed its stock: {Status}")]
    private static partial void LogStep(ILogger logger, Guid reservationId, Guid? orderId, string status);
}
