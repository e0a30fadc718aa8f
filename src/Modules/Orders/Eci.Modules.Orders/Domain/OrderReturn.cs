using Eci.Shared.Errors;

namespace Eci.Modules.Orders.Domain;

// requested → receiving → received, or requested → rejected. Receiving is the point of no return of a receipt: its
// lines and refund are fixed, and what follows (restock, refund) is finished by this request or the recovery worker.
internal sealed class OrderReturn : LeasedRecord
{
    private readonly List<ReturnLine> _lines = [];
    private readonly List<ReturnReceiptLine> _receipt = [];

    private OrderReturn()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    public int CustomerId { get; private set; }

    public string Status { get; private set; } = ReturnStatus.Requested;

    public string Currency { get; private set; } = string.Empty;

    /// <summary>What the return refunds: an estimate for every requested unit until it is received, then what the receipt refunds.</summary>
    public long RefundMinor { get; private set; }

    public string? RejectionReason { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? ReceivedAt { get; private set; }

    public IReadOnlyList<ReturnLine> Lines => _lines;

    public IReadOnlyList<ReturnReceiptLine> Receipt => _receipt;

    public bool IsOpen => Status is ReturnStatus.Requested or ReturnStatus.Receiving;

    public static OrderReturn Request(Order order, IEnumerable<ReturnLine> lines, long refundMinor, DateTime now)
    {
        var request = new OrderReturn
        {
            Id = Guid.CreateVersion7(),
            OrderId = order.Id,
            CustomerId = order.CustomerId,
            Currency = order.Currency,
            RefundMinor = refundMinor,
            CreatedAt = now,
            UpdatedAt = now,
        };
        request._lines.AddRange(lines);
        return request;
    }

    public void BeginReceiving(IEnumerable<ReturnReceiptLine> receipt, long refundMinor, DateTime now)
    {
        EnsureRequested(ReturnStatus.Receiving);
        _receipt.AddRange(receipt);
        RefundMinor = refundMinor;
        Move(ReturnStatus.Receiving, now);
    }

    public void Received(DateTime now)
    {
        if (Status == ReturnStatus.Received)
        {
            return;
        }

        if (Status != ReturnStatus.Receiving)
        {
            throw Closed(ReturnStatus.Received);
        }

        ReceivedAt = now;
        Move(ReturnStatus.Received, now);
    }

    public void Reject(string reason, DateTime now)
    {
        EnsureRequested(ReturnStatus.Rejected);
        RejectionReason = reason;
        RefundMinor = 0;
        Move(ReturnStatus.Rejected, now);
    }

    private void EnsureRequested(string to)
    {
        if (Status != ReturnStatus.Requested)
        {
            throw Closed(to);
        }
    }

    private void Move(string to, DateTime now)
    {
        Status = to;
        UpdatedAt = now;
        Version++;
    }

    private ConflictException Closed(string to) =>
        new(Contracts.ReturnErrorCodes.ReturnClosed, $"Return {Id} is {Status}; it cannot become {to}.");
}
