using Eci.Modules.Catalog.Contracts;
using Eci.Modules.Catalog.Domain;
using Eci.Shared.Contracts;
using Eci.Testing;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Eci.Modules.Catalog.Tests;

/// <summary>What other modules may ask the Catalog, asked through the mediator of the real host.</summary>
public abstract class CatalogContractTests(HostFixture host)
{
    private static readonly DateTime Now = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private Task<Product> AddAsync(decimal price, bool active = true) => host.WithCatalogDbAsync(async db =>
    {
        var product = Product.Create(new ProductDetails("C-" + Guid.NewGuid().ToString("N")[..10], "Lamp", null, "Home", Money.FromDecimal(price, "INR"), active), Now);
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product;
    });

    [Fact]
    public async Task Products_by_ids_come_with_their_current_price_and_state()
    {
        var lamp = await AddAsync(1560.01m);
        var retired = await AddAsync(10m, active: false);

        var snapshots = await host.QueryAsync(new GetProductsByIds([lamp.Id, retired.Id, lamp.Id, 999_999]));

        Assert.Equal(2, snapshots.Count);
        var first = snapshots.Single(s => s.Id == lamp.Id);
        Assert.Equal(new Money(156001, "INR"), first.Price);
        Assert.Equal(lamp.Sku, first.Sku);
        Assert.True(first.IsActive);
        Assert.False(snapshots.Single(s => s.Id == retired.Id).IsActive);
    }

    [Fact]
    public async Task Too_many_ids_in_one_call_fail_validation()
    {
        var ids = Enumerable.Range(1, GetProductsByIds.MaxIds + 1).ToArray();

        var error = await Assert.ThrowsAsync<ValidationException>(() => host.QueryAsync(new GetProductsByIds(ids)));

        Assert.Contains(error.Errors, e => e.PropertyName == "product_ids");
    }

    [Fact]
    public async Task The_database_refuses_a_second_sku_that_differs_only_in_case()
    {
        var sku = "U-" + Guid.NewGuid().ToString("N")[..10];
        var details = new ProductDetails(sku, "Mug", null, "Home", Money.FromDecimal(5m, "INR"), true);
        await host.WithCatalogDbAsync(async db =>
        {
            db.Products.Add(Product.Create(details, Now));
            return await db.SaveChangesAsync();
        });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => host.WithCatalogDbAsync(async db =>
        {
            db.Products.Add(Product.Create(details with { Sku = sku.ToLowerInvariant() }, Now));
            return await db.SaveChangesAsync();
        }));

        Assert.True(Shared.Persistence.DbExceptions.IsUniqueViolation(error));
    }

    [Fact]
    public async Task A_stale_update_loses_to_the_one_that_saved_first()
    {
        var product = await AddAsync(20m);

        var error = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => host.WithCatalogDbAsync(async first =>
        {
            var mine = await first.Products.SingleAsync(p => p.Id == product.Id);
            await host.WithCatalogDbAsync(async second =>
            {
                var theirs = await second.Products.SingleAsync(p => p.Id == product.Id);
                theirs.Update(new ProductDetails(theirs.Sku, "Theirs", null, "Home", theirs.Price, true), Now.AddMinutes(1));
                return await second.SaveChangesAsync();
            });
            mine.Update(new ProductDetails(mine.Sku, "Mine", null, "Home", mine.Price, true), Now.AddMinutes(2));
            return await first.SaveChangesAsync();
        }));

        Assert.NotNull(error);
        var stored = await host.WithCatalogDbAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Id == product.Id));
        Assert.Equal("Theirs", stored.Name);
    }
}

public sealed class SqliteCatalogContractTests(SqliteHost host) : CatalogContractTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresCatalogContractTests(PostgresHost host) : CatalogContractTests(host), IClassFixture<PostgresHost>;
