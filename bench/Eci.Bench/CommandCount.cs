using System.Diagnostics;
using System.Globalization;

namespace Eci.Bench;

/// <summary>
/// ECI's SQL commands per order of two lines, the relay, inbox and notification work it causes included (issue 17: at
/// most 24), read from the host's own per-module counter (<c>db_commands_total</c> on <c>/metrics</c>, a batch counted
/// once). A host without that counter gives null, and the report says "not measured" rather than estimating.
/// </summary>
internal static class CommandCount
{
    public const int Target = 24;
    private const int Orders = 20;
    private const double QuietPerSecond = 50;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    /// <summary>Places <see cref="Orders"/> 2-line orders one after another on a quiet host and divides the commands they cost.</summary>
    public static async Task<double?> PerTwoLineOrderAsync(ShopApi api, BenchShop shop)
    {
        if (await TotalAsync(api) is null)
        {
            return null;
        }

        // Let the last load's background work drain, then take the idle rate (workers that poll) to subtract it.
        await SettleAsync(api, QuietPerSecond);
        var idle = await TotalAsync(api);
        await Task.Delay(2 * Window);
        var before = (await TotalAsync(api))!.Value;
        var idlePerSecond = (before - idle!.Value) / (2 * Window.TotalSeconds);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Orders; i++)
        {
            var (first, second) = (shop.Products[2 * i % shop.Products.Count], shop.Products[(2 * i + 1) % shop.Products.Count]);
            using var response = await api.PlaceOrderAsync(shop.Shoppers[0], [(first, 2), (second, 1)]);
            if ((int)response.StatusCode != 201)
            {
                return null;
            }
        }

        // The relay, inbox and delivery work of the orders is done once the count grows no faster than when idle.
        await SettleAsync(api, idlePerSecond + 2);
        var after = (await TotalAsync(api))!.Value;
        return (after - before - idlePerSecond * clock.Elapsed.TotalSeconds) / Orders;
    }

    /// <summary>
    /// Waits (at most 30 s) for three windows in a row of at most the given commands per second: the workers poll every
    /// second or less, so three quiet windows mean none of them has work left.
    /// </summary>
    private static async Task SettleAsync(ShopApi api, double perSecond)
    {
        var last = (await TotalAsync(api))!.Value;
        var quiet = 0;
        for (var clock = Stopwatch.StartNew(); quiet < 3 && clock.Elapsed < TimeSpan.FromSeconds(30);)
        {
            await Task.Delay(Window);
            var now = (await TotalAsync(api))!.Value;
            quiet = (now - last) / Window.TotalSeconds <= perSecond ? quiet + 1 : 0;
            last = now;
        }
    }

    /// <summary>The host's commands so far, all modules together; null when the host does not count them.</summary>
    private static async Task<double?> TotalAsync(ShopApi api)
    {
        var text = await api.MetricsAsync();
        var samples = (text ?? string.Empty).Split('\n')
            .Where(l => !l.StartsWith('#') && Name(l).EndsWith("db_commands_total", StringComparison.Ordinal))
            .Select(Value)
            .ToList();
        return samples.Count == 0 ? null : samples.Sum();

        static string Name(string line) => line.Split('{', ' ')[0];

        // name{labels} value [timestamp], or name value [timestamp]
        static double Value(string line) =>
            double.Parse(line[(line.Contains('}') ? line.LastIndexOf('}') + 1 : line.IndexOf(' '))..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
