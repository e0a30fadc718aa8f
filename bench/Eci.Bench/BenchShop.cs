using System.Globalization;

namespace Eci.Bench;

/// <summary>The products with stock and the signed-in customers a run shops with, created through ECI's own API.</summary>
internal sealed record BenchShop(string Admin, IReadOnlyList<int> Products, IReadOnlyList<string> Shoppers, IReadOnlyList<string> FlashBuyers)
{
    public const string Warehouse = "BENCH";
    private const string ShopperPassword = "bench-shopper-password";
    private static readonly string[] Categories = ["Kitchen", "Garden", "Books", "Toys", "Audio", "Office", "Sports", "Beauty", "Home", "Travel"];
    private static readonly string[] Words = ["Brass", "Teak", "Cotton", "Steel", "Clay", "Silk", "Jute", "Bamboo", "Copper", "Glass"];

    public static async Task<BenchShop> CreateAsync(ShopApi api, string adminEmail, string adminPassword, int products, int shoppers, int flashBuyers)
    {
        var admin = await api.LoginAsync(adminEmail, adminPassword);
        await api.CreateWarehouseAsync(admin, Warehouse);
        var run = DateTime.UtcNow.Ticks.ToString("x", CultureInfo.InvariantCulture);
        var ids = new int[products];
        await System.Threading.Tasks.Parallel.ForAsync(0, products, Concurrently(), async (i, _) =>
        {
            var name = $"{Words[i % Words.Length]} {Categories[i / Words.Length % Categories.Length]} item {i}";
            ids[i] = await api.CreateProductAsync(admin, $"B{run}-{i}", name, Categories[i % Categories.Length], 50m + (i * 37 % 4950));
            await api.AddStockAsync(admin, ids[i], Warehouse, 1_000_000);
        });
        var tokens = new string[shoppers + flashBuyers];
        await System.Threading.Tasks.Parallel.ForAsync(0, tokens.Length, Concurrently(), async (i, _) =>
        {
            var email = $"shopper{i}-{run}@bench.local";
            await api.RegisterAsync(email, ShopperPassword);
            tokens[i] = await api.LoginAsync(email, ShopperPassword);
        });
        return new BenchShop(admin, ids, tokens[..shoppers], tokens[shoppers..]);
    }

    private static ParallelOptions Concurrently() => new() { MaxDegreeOfParallelism = 8 };
}
