using Eci.Modules.Inventory.Contracts;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Eci.Modules.Inventory.Features.OnIncomingStockChanged;

/// <summary>Writes each announcement and receipt of incoming stock to the log, where the buying team's tools can find it.</summary>
internal sealed partial class OnIncomingStockChangedHandler(ILogger<OnIncomingStockChangedHandler> logger) : INotificationHandler<IncomingStockChanged>
{
    public ValueTask Handle(IncomingStockChanged notification, CancellationToken cancellationToken)
    {
        LogIncoming(logger, notification.IncomingId, notification.ProductId, notification.Warehouse, notification.Received, notification.Quantity,
            notification.ExpectedAt, notification.Status);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Incoming {IncomingId}: product {ProductId} to {Warehouse}, {Received} of {Quantity} received, expected {ExpectedAt}: {Status}")]
    private static partial void LogIncoming(ILogger logger, Guid incomingId, int productId, string warehouse, int received, int quantity, DateOnly expectedAt, string status);
}
