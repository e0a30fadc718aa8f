using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Inventory.Contracts;

/// <summary>
/// Imports the seed stock (<c>eci_inventory.csv</c>: inventory_id, product_id, warehouse, on_hand, reserved): creates
/// the warehouses it names and receives the on-hand quantity into each. Idempotent: a row already received is
/// unchanged. Seed "reserved" figures have no reservation behind them and are reported, not imported.
/// </summary>
public sealed record ImportStock(string CsvPath) : ICommand<ImportReport>;
