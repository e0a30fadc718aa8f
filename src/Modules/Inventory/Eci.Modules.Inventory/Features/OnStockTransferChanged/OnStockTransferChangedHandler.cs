using Eci.Modules.Inventory.Contracts;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Eci.Modules.Inventory.Features.OnStockTransferChanged;

/// <summary>Counts transfers by status and writes each change to the log, where the warehouse team's tools can find it.</summary>
internal sealed partial class OnStockTransferChangedHandler(ILogger<OnStockTransferChangedHandler> logger) : INotificationHandler<StockTransferChanged>
{
    public ValueTask Handle(StockTransferChanged notification, CancellationToken cancellationToken)
    {
        InventoryMetrics.Transferred(notification.Status);
        LogTransfer(logger, notification.TransferId, notification.Quantity, notification.ProductId, notification.FromWarehouse, notification.ToWarehouse, notification.Status);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Transfer {TransferId} of {Quantity} × product {ProductId} from {From} to {To}: {Status}")]
    private static partial void LogTransfer(ILogger logger, Guid transferId, int quantity, int productId, string from, string to, string status);
}
