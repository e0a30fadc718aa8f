using Eci.Modules.Inventory.Contracts;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Eci.Modules.Inventory.Features.LogReservationSteps;

/// <summary>Writes the reservation step to the debug log; the event's main reader is the event feed.</summary>
internal sealed partial class LogStockCommittedHandler(ILogger<LogStockCommittedHandler> logger) : INotificationHandler<StockCommitted>
{
    public ValueTask Handle(StockCommitted notification, CancellationToken cancellationToken)
    {
        LogStep(logger, notification.ReservationId, notification.OrderId, notification.Lines.Count);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reservation {ReservationId} of order {OrderId} committed {Lines} line(s)")]
    private static partial void LogStep(ILogger logger, Guid reservationId, Guid? orderId, int lines);
}
