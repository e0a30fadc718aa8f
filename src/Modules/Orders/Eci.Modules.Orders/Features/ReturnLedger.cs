using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features;

/// <summary>
/// Units of an order, by product, that are back (received or being received) and that are asked for in returns still
/// requested; <see cref="AnyOpen"/> says whether any of its returns counted here is not rejected.
/// </summary>
internal sealed record ReturnLedger(IReadOnlyDictionary<int, int> Back, IReadOnlyDictionary<int, int> Asked, bool AnyOpen)
{
    public static async Task<ReturnLedger> ReadAsync(OrdersDbContext db, Guid orderId, Guid? except, CancellationToken cancellationToken)
    {
        var returns = await db.Returns.AsNoTracking()
            .Where(r => r.OrderId == orderId && r.Status != ReturnStatus.Rejected && r.Id != except)
            .ToListAsync(cancellationToken);
        return new ReturnLedger(
            ReturnRefund.Sum(returns.Where(r => r.Status != ReturnStatus.Requested).SelectMany(r => r.Receipt), l => l.ProductId, l => l.Quantity),
            ReturnRefund.Sum(returns.Where(r => r.Status == ReturnStatus.Requested).SelectMany(r => r.Lines), l => l.ProductId, l => l.Quantity),
            returns.Count > 0);
    }
}
