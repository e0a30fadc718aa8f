using Eci.Modules.Shipping.Persistence;
using Eci.Shared.Validation;
using FluentValidation;
using Microsoft.Extensions.Options;
using CreateShipmentCommand = Eci.Modules.Shipping.Contracts.CreateShipment;

namespace Eci.Modules.Shipping.Features.CreateShipment;

internal sealed class CreateShipmentValidator : AbstractValidator<CreateShipmentCommand>
{
    public CreateShipmentValidator(IOptions<ShippingOptions> options)
    {
        RuleFor(x => x.OrderId).NotEmpty();
        RuleFor(x => x.CustomerId).GreaterThan(0);
        RuleFor(x => x.Address).NotNull().ChildRules(address =>
        {
            address.RuleFor(a => a.Line1).NotEmpty().MaximumLength(200);
            address.RuleFor(a => a.Line2).MaximumLength(200);
            address.RuleFor(a => a.City).NotEmpty().MaximumLength(100);
            address.RuleFor(a => a.PostalCode).NotEmpty().MaximumLength(20);
            address.RuleFor(a => a.Country).NotEmpty().IsoCountry();
        });
        RuleFor(x => x.Items).NotEmpty();
        RuleForEach(x => x.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.ProductId).GreaterThan(0);
            item.RuleFor(i => i.Name).NotEmpty().MaximumLength(200);
            item.RuleFor(i => i.Quantity).GreaterThan(0);
            item.RuleFor(i => i.Warehouse).MaximumLength(ShipmentConfiguration.MaxWarehouseLength);
        });
        RuleFor(x => x.Carrier).Must(c => options.Value.Find(c) is not null).WithMessage(options.Value.UnknownCarrierMessage);
    }
}
