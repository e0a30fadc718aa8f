using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Catalog.Contracts;

/// <summary>
/// Imports the seed catalog (<c>eci_products.csv</c>: product_id, sku, name, category, price, is_active). Idempotent:
/// products keep their seed ids, a second run changes nothing, and every rejected row is reported with its line.
/// </summary>
public sealed record ImportProducts(string CsvPath) : ICommand<ImportReport>;
