using Eci.Modules.Inventory.Contracts;

namespace Eci.Modules.Inventory.Features;

/// <summary>A reservation as the admin API shows it: the order reference is the text it was held under.</summary>
internal sealed record ReservationResponse(
    Guid Id,
    string? OrderId,
    string Status,
    DateTime? ExpiresAt,
    IReadOnlyList<ReservationLineDto> Lines,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    /// <summary>Where a hold is read, as a reserving call's answer names it.</summary>
    public static string LocationOf(Guid id) => $"/v1/inventory/reservations/{id}";

    // Holds made over the contract carry an order's Guid; an admin's free-text reference has no order to name.
    public ReservationDto ToDto() =>
        new(Id, Guid.TryParse(OrderId, out var orderId) ? orderId : null, Status, ExpiresAt, Lines, CreatedAt, UpdatedAt);
}
