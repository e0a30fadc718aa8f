using Eci.Modules.Orders.Contracts;
using Eci.Modules.Shipping.Contracts;
using Eci.Modules.Shipping.Domain;
using Eci.Shared.Errors;
using Eci.Shared.Validation;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;
using CreateShipmentCommand = Eci.Modules.Shipping.Contracts.CreateShipment;

namespace Eci.Modules.Shipping.Features.CreateShipment;

/// <summary>
/// An admin ships an order by hand (the seed API's shape: <c>order_id</c>, <c>address</c>, <c>city</c>); the rest of the
/// address and the items come from the order. The order must be paid; an order that has a shipment gets it back.
/// </summary>
internal sealed record ShipOrder(string? OrderId, string? Address, string? City, string? PostalCode, string? Country, string? Carrier)
    : ICommand<ShipOrderResult>;

internal sealed record ShipOrderResult(ShipmentResponse Shipment, bool Created);

internal sealed class CreateShipmentHandlers(ShipmentCreator creator, ISender sender, IOptions<ShippingOptions> options)
    : ICommandHandler<CreateShipmentCommand, ShipmentDto>, ICommandHandler<ShipOrder, ShipOrderResult>
{
    public async ValueTask<ShipmentDto> Handle(CreateShipmentCommand command, CancellationToken cancellationToken)
    {
        var a = command.Address;
        var (shipment, _) = await creator.CreateAsync(
            command.OrderId, command.CustomerId, options.Value.Find(command.Carrier)!,
            new Destination(a.Line1, a.Line2, a.City, a.PostalCode, a.Country), command.Items, cancellationToken);
        return shipment.ToDto();
    }

    public async ValueTask<ShipOrderResult> Handle(ShipOrder command, CancellationToken cancellationToken)
    {
        var order = Guid.TryParse(command.OrderId, out var orderId)
            ? await sender.Send(new GetOrderSummary(orderId), cancellationToken)
            : null;
        if (order is null)
        {
            throw new NotFoundException("Order", command.OrderId ?? string.Empty);
        }

        ShippableOrders.Ensure(order);

        var to = order.ShipTo;
        var address = new Destination(
            command.Address?.Trim() ?? to.Line1,
            command.Address is null ? to.Line2 : null,
            command.City?.Trim() ?? to.City,
            command.PostalCode?.Trim() ?? to.PostalCode,
            command.Country?.Trim().ToUpperInvariant() ?? to.Country);
        var (shipment, created) = await creator.CreateAsync(
            order.OrderId.ToString(), order.CustomerId, options.Value.Find(command.Carrier)!, address,
            order.Lines.Select(l => new ShipmentItem(l.ProductId, l.Name, l.Quantity)).ToList(), cancellationToken);
        return new ShipOrderResult(ShipmentResponse.From(shipment), created);
    }
}

internal sealed class CreateShipmentValidator : AbstractValidator<CreateShipmentCommand>
{
    public CreateShipmentValidator(IOptions<ShippingOptions> options)
    {
        RuleFor(x => x.OrderId).NotEmpty().MaximumLength(100);
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
        });
        RuleFor(x => x.Carrier).Must(c => options.Value.Find(c) is not null).WithMessage(Carriers.Message(options.Value));
    }
}

internal sealed class ShipOrderValidator : AbstractValidator<ShipOrder>
{
    public ShipOrderValidator(IOptions<ShippingOptions> options)
    {
        RuleFor(x => x.OrderId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Address).MaximumLength(200).Must(a => a is null || a.Trim().Length > 0).WithMessage("'address' must not be blank.");
        RuleFor(x => x.City).MaximumLength(100).Must(c => c is null || c.Trim().Length > 0).WithMessage("'city' must not be blank.");
        RuleFor(x => x.PostalCode).MaximumLength(20).Must(p => p is null || p.Trim().Length > 0).WithMessage("'postal_code' must not be blank.");
        RuleFor(x => x.Country).IsoCountry();
        RuleFor(x => x.Carrier).Must(c => options.Value.Find(c) is not null).WithMessage(Carriers.Message(options.Value));
    }
}

/// <summary>The order decides whether its goods may go: paid, not being cancelled, its money not all given back.</summary>
internal static class ShippableOrders
{
    public static void Ensure(OrderSummary order)
    {
        if (!OrderStatuses.MayShip(order.Status) || order.PaymentStatus == OrderPaymentStatuses.Refunded)
        {
            throw new ConflictException(
                "order_not_shippable", $"Order {order.OrderId} is {order.Status} with payment {order.PaymentStatus}; only a paid order can be shipped.");
        }
    }
}

internal static class Carriers
{
    public static string Message(ShippingOptions options) => $"'carrier' must be one of {string.Join(", ", options.AllowedCarriers)}.";
}
