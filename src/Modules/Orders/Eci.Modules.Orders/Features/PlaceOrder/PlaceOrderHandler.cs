using Eci.Modules.Catalog.Contracts;
using Eci.Modules.Customers.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Persistence;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using Eci.Shared.Idempotency;
using Eci.Shared.Outbox;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Orders.Features.PlaceOrder;

// A retry with the same idempotency key finds the same order and drives it on, so a client that lost the answer can
// simply ask again.
internal sealed class PlaceOrderHandler(
    OrdersDbContext db, ISender sender, PlaceOrderWorkflow workflow, IdempotentExecutor idempotency, TimeProvider clock, IOptions<OrdersOptions> options)
    : ICommandHandler<PlaceOrder, OrderResponse>
{
    public async ValueTask<OrderResponse> Handle(PlaceOrder command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.IdempotencyKey))
        {
            throw new IdempotencyKeyRequiredException();
        }

        var started = clock.GetTimestamp();
        var request = command;
        var customerId = request.CustomerId ?? command.Caller.CustomerId ?? 0;
        if (!command.Caller.MayActFor(customerId))
        {
            throw Invalid("customer_id", "A customer may only order for themselves.");
        }

        var lines = await PriceAsync(request, cancellationToken);
        var address = await AddressAsync(request.ShippingAddress, customerId, cancellationToken);
        var currency = lines.Currency;
        var settings = options.Value;
        var totals = OrderTotals.Compute(currency, lines.Lines, settings.TaxPercent, Money.FromDecimal(settings.ShippingFee, currency).Minor);

        Order? placing = null;
        var orderId = await idempotency.ExecuteAsync(db, new IdempotentRequest(command.IdempotencyKey, $"customer:{customerId}", nameof(PlaceOrder), request with { IdempotencyKey = null, Caller = Caller.Anonymous }),
            _ =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var order = Order.Place(customerId, lines.Lines, totals, request.PaymentMethod!.Trim().ToLowerInvariant(), request.PaymentToken, address, now);
                workflow.LeaseNew(order);
                db.Orders.Add(order);
                db.Enqueue(new OrderPlaced(order.Id, customerId, order.Total,
                    order.Lines.Select(l => new OrderLineSummary(l.ProductId, l.Name, l.Quantity, new Money(l.UnitPriceMinor, currency))).ToList(), now), now);
                placing = order;
                return Task.FromResult(order.Id);
            }, cancellationToken, OrderResponse.LocationOf);

        // A replay finds the order placed by the first attempt, which may be running still, on any replica: it is driven
        // under its lease, or awaited, so that every answer for the key is the order's outcome.
        var placed = placing?.Id == orderId && db.Entry(placing).State == EntityState.Unchanged
            ? await workflow.DriveNewAsync(placing, cancellationToken)
            : await workflow.DriveOrAwaitAsync(orderId, TimeSpan.FromSeconds(settings.ReplayWaitSeconds), cancellationToken)
                ?? throw new IdempotencyKeyInFlightException();
        OrdersMetrics.CheckoutFinished(placed.Status, clock.GetElapsedTime(started));
        if (placed is { Status: OrderStatus.Cancelled, CancellationReason: CancellationReasons.OutOfStock })
        {
            // The attempt stays on record as a cancelled order, but the caller gets the conflict: nothing was bought.
            throw new ConflictException("insufficient_stock", $"Order {placed.Id} could not be placed: not enough stock to hold every line.")
            {
                Extensions = { ["order_id"] = placed.Id },
            };
        }

        return OrderResponse.From(placed);
    }

    private async Task<(string Currency, List<OrderLine> Lines)> PriceAsync(PlaceOrder request, CancellationToken cancellationToken)
    {
        var items = request.Items!;
        var products = (await sender.Send(new GetProductsByIds(items.Select(i => i.ProductId!.Value).Distinct().ToList()), cancellationToken)).ToDictionary(p => p.Id);
        var failures = items.Select((item, i) => (item, i))
            .Where(x => !products.TryGetValue(x.item.ProductId!.Value, out var p) || !p.IsActive)
            .Select(x => new ValidationFailure($"items[{x.i}].product_id", $"Product {x.item.ProductId} does not exist or is not for sale."))
            .ToList();
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var currencies = items.Select(i => products[i.ProductId!.Value].Price.Currency).Distinct().ToList();
        if (currencies.Count > 1 || (request.Currency is { } asked && !string.Equals(asked, currencies[0], StringComparison.OrdinalIgnoreCase)))
        {
            throw Invalid("currency", $"The products are priced in {string.Join(", ", currencies)}; one order takes one currency.");
        }

        var lines = items.GroupBy(i => i.ProductId!.Value)
            .Select(g => (Product: products[g.Key], Quantity: g.Sum(i => i.Quantity!.Value)))
            .Select(x => new OrderLine(x.Product.Id, x.Product.Sku, x.Product.Name, x.Product.Price.Minor, x.Quantity))
            .ToList();
        return (currencies[0], lines);
    }

    private async Task<PostalAddress> AddressAsync(PostalAddress? given, int customerId, CancellationToken cancellationToken)
    {
        if (given is not null)
        {
            return new PostalAddress(given.Line1.Trim(), given.Line2?.Trim(), given.City.Trim(), given.PostalCode.Trim(), given.Country.Trim().ToUpperInvariant());
        }

        var contact = await sender.Send(new GetCustomerContact(customerId), cancellationToken);
        if (contact is null)
        {
            throw Invalid("customer_id", $"Customer {customerId} does not exist.");
        }

        return contact.DefaultAddress is { } a
            ? new PostalAddress(a.Line1, a.Line2, a.City, a.PostalCode, a.Country)
            : throw Invalid("shipping_address", "Give a shipping address, or save a default address on the account.");
    }

    private static ValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);
}
