namespace Eci.Bench;

/// <summary>
/// ECI's SQL commands per order of two lines, including the relay, inbox and notification work it causes (issue 17:
/// at most 24). It is to come from the host's own per-module command counter; until the host exposes one, this
/// answers null and the report says "not measured" rather than estimating.
/// </summary>
internal static class CommandCount
{
    public const int Target = 24;

    /// <summary>The hook: read the host's counter around a few 2-line orders (and their background work) and divide.</summary>
    public static Task<double?> PerTwoLineOrderAsync(ChildProcess host, ShopApi api, BenchShop shop)
    {
        _ = (host, api, shop);
        return Task.FromResult<double?>(null);
    }
}
