using System.Collections.Concurrent;
using System.Diagnostics;

namespace Eci.Bench;

/// <summary>What a flash sale came to: who got the stock, who was refused and how, and what the stock says afterwards.</summary>
internal sealed record FlashSaleResult(int Buyers, int Units, int Succeeded, int Refused409, int ServerErrors, int Other, double SoldOutSeconds, double AllAnsweredSeconds, string Stock)
{
    public bool Met => Succeeded == Units && Refused409 == Buyers - Units && ServerErrors == 0 && Other == 0;
}

/// <summary>Every buyer asks for one unit of the same SKU at the same moment; the SKU has fewer units than buyers.</summary>
internal static class FlashSale
{
    public static async Task<FlashSaleResult> RunAsync(ShopApi api, BenchShop shop, int units)
    {
        var sku = await api.CreateProductAsync(shop.Admin, $"FLASH-{Guid.NewGuid():N}", "Flash sale kettle", "Kitchen", 999m);
        await api.AddStockAsync(shop.Admin, sku, BenchShop.Warehouse, units);
        var statuses = new ConcurrentDictionary<int, int>();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = new Stopwatch();
        long soldOutTicks = 0;
        var sold = 0;

        async Task BuyAsync(string token)
        {
            await gate.Task;
            int status;
            try
            {
                using var response = await api.PlaceOrderAsync(token, [(sku, 1)]);
                status = (int)response.StatusCode;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                status = 0;
            }

            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (status == 201 && Interlocked.Increment(ref sold) == units)
            {
                Interlocked.Exchange(ref soldOutTicks, clock.Elapsed.Ticks);
            }
        }

        var buyers = shop.FlashBuyers.Select(BuyAsync).ToList();
        clock.Start();
        gate.SetResult();
        await Task.WhenAll(buyers);
        var all = clock.Elapsed.TotalSeconds;
        var stock = await api.StockAsync(shop.Admin, sku);
        int Count(Func<int, bool> which) => statuses.Where(s => which(s.Key)).Sum(s => s.Value);
        return new FlashSaleResult(
            shop.FlashBuyers.Count, units, Count(s => s == 201), Count(s => s == 409), Count(s => s >= 500), Count(s => s is not (201 or 409) and < 500),
            TimeSpan.FromTicks(Interlocked.Read(ref soldOutTicks)).TotalSeconds, all,
            $"on hand {stock.GetProperty("on_hand")}, reserved {stock.GetProperty("reserved")}, committed {stock.GetProperty("committed")}, available {stock.GetProperty("available")}");
    }
}
