using Eci.Modules.Inventory.Contracts;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Eci.Modules.Inventory.Features.OnLowStockDetected;

/// <summary>Writes each low-stock event to the log, where operators' alerting can find it.</summary>
internal sealed partial class OnLowStockDetectedHandler(ILogger<OnLowStockDetectedHandler> logger) : INotificationHandler<LowStockDetected>
{
    public ValueTask Handle(LowStockDetected notification, CancellationToken cancellationToken)
    {
        LogLowStock(logger, notification.ProductId, notification.Available, notification.Threshold);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Low stock: product {ProductId} has {Available} available (threshold {Threshold})")]
    private static partial void LogLowStock(ILogger logger, int productId, int available, int threshold);
}
