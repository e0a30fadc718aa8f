using Eci.Client;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>The typed client, generated from the checked-in OpenAPI document, against the real host.</summary>
public abstract class ClientTests(HostFixture host)
{
    private const string Password = "correct-horse-battery";

    private EciClient Admin => new(host.AdminClient);

    private EciClient Anonymous => new(host.Client);

    private static CreateProduct NewProduct(string category, decimal price) => new()
    {
        Sku = "CLI-" + Guid.NewGuid().ToString("N")[..12],
        Name = "Trail Shoe",
        Description = "Light and quick",
        Category = category,
        Price = price,
    };

    private async Task<(int Id, EciClient Client)> SignedUpCustomerAsync()
    {
        var email = $"c{Guid.NewGuid():N}@example.com";
        var customer = await Anonymous.RegisterUserAsync(new Register { Email = email, FullName = "Client Customer", Password = Password });
        var login = await Anonymous.LoginAsync(new Login { Email = email, Password = Password });
        Assert.Equal(customer.Id, login.CustomerId);
        return (customer.Id, new EciClient(host.ClientWithToken(login.AccessToken)));
    }

    private async Task<int> StockedProductAsync(decimal price, int quantity)
    {
        var product = await Admin.CreateProductAsync(NewProduct("Client", price));
        var warehouse = "C" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        await Admin.CreateWarehouseAsync(new CreateWarehouse { Code = warehouse, Name = "Client shop", Priority = 1 });
        await Admin.ReceiveStockAsync(new ReceiveStock { ProductId = product.Id, Warehouse = warehouse, Quantity = quantity });
        return product.Id;
    }

    [Fact]
    public async Task A_created_product_reads_back_alone_and_in_its_category()
    {
        var category = "Client-" + Guid.NewGuid().ToString("N")[..8];

        var created = await Admin.CreateProductAsync(NewProduct(category, 706.68m));
        var fetched = await Anonymous.GetProductAsync(created.Id);
        var listed = await Anonymous.ListProductsAsync(page: 1, pageSize: 10, sort: null, order: null, category: category, isActive: true);

        Assert.Equal((created.Sku, 706.68m, "INR", true), (fetched.Sku, fetched.Price, fetched.Currency, fetched.IsActive));
        Assert.Equal("Light and quick", fetched.Description);
        Assert.Equal(created.Id, Assert.Single(listed.Items).Id);
        Assert.Equal(1, listed.Total);
    }

    [Fact]
    public async Task A_problem_answer_is_a_typed_exception_with_its_status_and_code()
    {
        var product = NewProduct("Client", 10m);
        await Admin.CreateProductAsync(product);

        var duplicate = await Assert.ThrowsAsync<EciApiException<ProblemDetails>>(() => Admin.CreateProductAsync(product));
        var invalid = await Assert.ThrowsAsync<EciApiException<ProblemDetails>>(() => Admin.CreateProductAsync(NewProduct("Client", -1m)));

        Assert.Equal((409, "duplicate_sku"), (duplicate.StatusCode, duplicate.Result.Code));
        Assert.Equal((422, "validation_failed"), (invalid.StatusCode, invalid.Result.Code));
    }

    [Fact]
    public async Task A_signed_up_customer_signs_in_and_reads_their_own_profile()
    {
        var (id, customer) = await SignedUpCustomerAsync();

        var me = await customer.GetCurrentUserAsync();

        Assert.Equal((id, "Client Customer", "customer", true), (me.Id, me.FullName, me.Role, me.HasPassword));
        var refused = await Assert.ThrowsAsync<EciApiException<ProblemDetails>>(() => Anonymous.LoginAsync(new Login { Email = me.Email, Password = "not-the-password-1" }));
        Assert.Equal(401, refused.StatusCode);
    }

    [Fact]
    public async Task An_order_placed_twice_with_one_idempotency_key_is_one_order_that_reads_back()
    {
        var product = await StockedProductAsync(250m, 5);
        var (id, customer) = await SignedUpCustomerAsync();
        await customer.UpdateUserAsync(id, new UpdateCustomer
        {
            Addresses = [new AddressDto { Line1 = "12 MG Road", City = "Bengaluru", PostalCode = "560001", Country = "IN", IsDefault = true }],
        });
        var order = new PlaceOrder
        {
            Items = [new OrderItemRequest { ProductId = product, Quantity = 2 }],
            PaymentMethod = "card",
            IdempotencyKey = Guid.NewGuid().ToString(),
        };

        var placed = await customer.PlaceOrderAsync(order);
        var again = await customer.PlaceOrderAsync(order);
        var read = await customer.GetOrderAsync(placed.Id);

        Assert.Equal(placed.Id, again.Id);
        Assert.Equal((placed.Id, id, "fulfilling", "paid"), (read.Id, read.CustomerId, read.Status, read.PaymentStatus));
        var line = Assert.Single(read.Items);
        Assert.Equal((product, 2, 500m), (line.ProductId, line.Quantity, line.LineTotal));
        Assert.Equal("Bengaluru", read.ShippingAddress.City);
        Assert.Equal(1, (await customer.ListOrdersAsync(page: null, pageSize: null, status: null, customerId: null)).Total);
        Assert.Equal(3, (await Admin.GetStockAsync(product)).Available);
    }
}

public sealed class SqliteClientTests(SqliteHost host) : ClientTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresClientTests(PostgresHost host) : ClientTests(host), IClassFixture<PostgresHost>;
