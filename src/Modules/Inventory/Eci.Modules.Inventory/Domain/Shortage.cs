namespace Eci.Modules.Inventory.Domain;

internal sealed record Shortage(int ProductId, int Requested, long Available);
