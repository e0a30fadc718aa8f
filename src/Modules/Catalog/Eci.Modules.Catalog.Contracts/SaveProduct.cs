using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Catalog.Contracts;

/// <summary>
/// Creates a product (no <see cref="Id"/>) or replaces one's fields, under the API's rules: a failure is a validation
/// error per field (<c>sku</c>, <c>name</c>, <c>category</c>, <c>price</c>), 409 for a SKU in use, 404 for an unknown id.
/// An update keeps the stored description.
/// </summary>
public sealed record SaveProduct(int? Id, string? Sku, string? Name, string? Category, Money? Price, bool IsActive = true) : ICommand<ProductSnapshot>;

/// <summary>Takes a product off sale, as the API's delete does; it stays readable for past orders. Repeating it changes nothing.</summary>
public sealed record TakeProductOffSale(int ProductId) : ICommand;
