using Mediator;

namespace Eci.Modules.Catalog.Features.DeactivateProduct;

/// <summary>Takes a product off sale; it stays readable for past orders. Deactivating twice is not an error.</summary>
internal sealed record DeactivateProduct(int Id) : ICommand;
