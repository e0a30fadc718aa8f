using System.Collections.Concurrent;
using System.Diagnostics;

namespace Eci.Bench;

/// <summary>
/// What a flash sale came to: each buyer's final answer, how often the host shed a buyer with 503 and Retry-After
/// before answering, and what the stock says afterwards.
/// </summary>
internal sealed record FlashSaleResult(
    int Buyers, int Units, int Succeeded, int Refused409, int ServerErrors, int Other, int ShedAndRetried, double SoldOutSeconds, double AllAnsweredSeconds, string Stock)
{
    public bool Met => Succeeded == Units && Refused409 == Buyers - Units && ServerErrors == 0 && Other == 0;
}

/// <summary>
/// Every buyer asks for one unit of the same SKU at the same moment; the SKU has fewer units than buyers. A buyer
/// behaves as a well-made client does when the host is at capacity: on 503 it waits the Retry-After it was given and
/// sends the same request again under the same idempotency key, so the host can never sell it two units.
/// </summary>
internal static class FlashSale
{
    private const int MaxAttempts = 20;

    public static async Task<FlashSaleResult> RunAsync(ShopApi api, BenchShop shop, int units)
    {
        var sku = await api.CreateProductAsync(shop.Admin, $"FLASH-{Guid.NewGuid():N}", "Flash sale kettle", "Kitchen", 999m);
        await api.AddStockAsync(shop.Admin, sku, BenchShop.Warehouse, units);
        var statuses = new ConcurrentDictionary<int, int>();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = new Stopwatch();
        long soldOutTicks = 0;
        var sold = 0;
        var shed = 0;

        async Task BuyAsync(string token)
        {
            await gate.Task;
            var key = Guid.NewGuid().ToString("N");
            var status = 0;
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                var retryAfter = TimeSpan.Zero;
                try
                {
                    using var response = await api.PlaceOrderAsync(token, [(sku, 1)], key);
                    status = (int)response.StatusCode;
                    retryAfter = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    status = 0;
                }

                if (status != 503)
                {
                    break;
                }

                Interlocked.Increment(ref shed);
                await Task.Delay(retryAfter + TimeSpan.FromMilliseconds(Random.Shared.Next(250)));
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
            shed, TimeSpan.FromTicks(Interlocked.Read(ref soldOutTicks)).TotalSeconds, all,
            $"on hand {stock.GetProperty("on_hand")}, reserved {stock.GetProperty("reserved")}, committed {stock.GetProperty("committed")}, available {stock.GetProperty("available")}");
    }
}
