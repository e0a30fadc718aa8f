namespace Eci.Modules.Inventory.Domain;

internal sealed record AllocationPlan(IReadOnlyList<AllocationPiece> Pieces, IReadOnlyList<Shortage> Shortages)
{
    public bool IsComplete => Shortages.Count == 0;
}
