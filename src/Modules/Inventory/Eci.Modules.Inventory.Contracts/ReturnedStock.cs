using Mediator;

namespace Eci.Modules.Inventory.Contracts;

/// <summary>
/// Units of an order that came back (a return received): <see cref="StockDispositions.Restock"/> puts them on hand in the
/// named warehouse, <see cref="StockDispositions.WriteOff"/> records them in the ledger without making them sellable.
/// Once per return: a repeat with the same lines changes nothing and answers the same. An unknown warehouse is a 422,
/// with nothing changed.
/// </summary>
public sealed record ReceiveReturnedStock(Guid ReturnId, Guid OrderId, IReadOnlyList<ReturnedStockLine> Lines) : ICommand<ReturnedStockReceipt>;

/// <summary>One product's units back from a customer, in one warehouse, with what becomes of them.</summary>
public sealed record ReturnedStockLine(int ProductId, string Warehouse, int Quantity, string Disposition);

/// <summary>How many units went back on hand and how many were written off.</summary>
public sealed record ReturnedStockReceipt(Guid ReturnId, int Restocked, int WrittenOff);

/// <summary>The codes among <see cref="Codes"/> that name no warehouse, as given; empty when all exist.</summary>
public sealed record FindUnknownWarehouses(IReadOnlyCollection<string> Codes) : IQuery<IReadOnlyList<string>>;

/// <summary>What becomes of a returned unit (<see cref="ReturnedStockLine.Disposition"/>).</summary>
public static class StockDispositions
{
    /// <summary>Back on hand, sellable again.</summary>
    public const string Restock = "restock";

    /// <summary>Damaged or unsellable: recorded, never on hand.</summary>
    public const string WriteOff = "write_off";

    public static readonly IReadOnlyList<string> All = [Restock, WriteOff];
}
