using Mediator;

namespace Eci.Modules.Inventory.Features.AuditStock;

// Re-derives every stock figure two ways — from the ledger, and (for reserved and committed) from the live
// reservations — and reports each figure that disagrees with what is stored.
internal sealed record AuditStock : IQuery<AuditReport>;
