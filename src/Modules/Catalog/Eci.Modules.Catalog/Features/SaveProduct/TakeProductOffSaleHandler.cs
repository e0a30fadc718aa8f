using Mediator;

namespace Eci.Modules.Catalog.Features.SaveProduct;

internal sealed class TakeProductOffSaleHandler(ISender sender) : ICommandHandler<Contracts.TakeProductOffSale>
{
    public async ValueTask<Unit> Handle(Contracts.TakeProductOffSale command, CancellationToken cancellationToken) =>
        await sender.Send(new DeactivateProduct.DeactivateProduct(command.ProductId), cancellationToken);
}
