using Eci.Modules.Catalog.Contracts;
using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Catalog.Features.SaveProduct;

// The API's own commands do the work, so the rules and their messages are the same wherever a product is edited.
internal sealed class SaveProductHandler(ISender sender) : ICommandHandler<Contracts.SaveProduct, ProductSnapshot>
{
    public async ValueTask<ProductSnapshot> Handle(Contracts.SaveProduct command, CancellationToken cancellationToken)
    {
        var price = command.Price?.ToDecimal();
        var currency = command.Price?.Currency;
        var saved = command.Id is { } id
            ? await sender.Send(new UpdateProduct.UpdateProduct(command.Sku, command.Name, null, command.Category, price, currency, command.IsActive) { Id = id }, cancellationToken)
            : await sender.Send(new CreateProduct.CreateProduct(command.Sku, command.Name, null, command.Category, price, currency, command.IsActive), cancellationToken);
        return new ProductSnapshot(saved.Id, saved.Sku, saved.Name, saved.Category, Money.FromDecimal(saved.Price, saved.Currency), saved.IsActive);
    }
}
