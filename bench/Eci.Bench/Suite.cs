using System.Globalization;

namespace Eci.Bench;

internal sealed record SuiteOptions(
    string Repository, string HostDll, string Postgres, TimeSpan Duration, int[] Concurrency, int Products, int Shoppers, int FlashBuyers, int FlashUnits, ISet<string> Parts,
    int Capacity = 8, string MySql = "")
{
    public static readonly string[] AllParts = ["footprint", "reads", "health", "checkout", "mysql", "flash", "scaling", "overload"];

    public bool Runs(string part) => Parts.Contains(part);

    public string BenchDirectory => Path.Combine(Repository, "bench");

    public string BaselineDll => Path.Combine(BenchDirectory, "Eci.Bench.Baseline/bin/Release/net10.0/Eci.Bench.Baseline.dll");

    public string LogDirectory => Path.Combine(Repository, "bench/out/logs");
}

/// <summary>Everything one run measured, for the report.</summary>
internal sealed class SuiteResults
{
    public List<LoadResult> Reads { get; } = [];
    public List<LoadResult> Health { get; } = [];
    public List<LoadResult> Checkouts { get; } = [];

    /// <summary>The reference: bench/checkout-lean.pgbench, the least SQL for the same durable effects.</summary>
    public List<LoadResult> LeanCheckouts { get; } = [];

    /// <summary>For comparison: bench/checkout.pgbench, ECI's own statements replayed.</summary>
    public List<LoadResult> Pgbench { get; } = [];

    /// <summary>ECI's SQL commands per 2-line order, as the host counts them; null when not measured.</summary>
    public double? CommandsPerOrder { get; set; }
    public List<LoadResult> MySqlCheckouts { get; } = [];
    public string MySqlVersion { get; set; } = string.Empty;
    public List<LoadResult> Scaling { get; } = [];
    public List<OverloadResult> Overload { get; } = [];
    public FlashSaleResult? Flash { get; set; }
    public ReadyTimes ReadySqlite { get; set; } = ReadyTimes.None;
    public ReadyTimes ReadyPostgres { get; set; } = ReadyTimes.None;
    public double IdleRssMiB { get; set; }
    public double RssAfterCheckoutMiB { get; set; }
    public double PeakRssMiB { get; set; }
    public double PeakRssAfterFlashMiB { get; set; }
    public string PostgresVersion { get; set; } = string.Empty;
}

/// <summary>The whole suite, in order: footprint, catalog reads, liveness, checkout and its SQL references, flash sale, scaling, overload.</summary>
internal sealed class Suite(SuiteOptions options)
{
    private const string AdminEmail = "admin@bench.local";
    private const string HostVariablePrefix = "ECI_BENCH_HOST_";
    private readonly string _adminPassword = "bench-" + Guid.NewGuid().ToString("N");
    private readonly Databases _databases = new(options.Postgres);
    private readonly SuiteResults _results = new();

    private TimeSpan Warmup => TimeSpan.FromSeconds(Math.Max(2, options.Duration.TotalSeconds / 5));

    /// <summary>
    /// What a host that has not yet carried this kind of load runs of it unmeasured. Its first 20–30 s under load go to
    /// compiling the hot paths at tier 1 on one background thread: an uncached page cost 2.7 ms of host CPU in the first
    /// 2 s and 0.5–0.65 ms from about 25 s on. The targets are about a replica's steady state, not its first half-minute.
    /// </summary>
    public static readonly TimeSpan JitWarmup = TimeSpan.FromSeconds(30);

    /// <summary>The warm-up of a server that has already carried the same load (or is too small to need more).</summary>
    private static readonly TimeSpan TurnWarmup = TimeSpan.FromSeconds(3);

    public async Task<SuiteResults> RunAsync()
    {
        Directory.CreateDirectory(options.LogDirectory);
        _results.PostgresVersion = await _databases.ScalarAsync("SHOW server_version");
        Say("databases: dropping the last run's, migrating ECI's and the SQL baseline's");
        await _databases.DropAsync();
        await MigrateAsync(HostEnvironment(), "migrate-eci");
        await MigrateAsync(SqlBaselineEnvironment(), "migrate-sql-baseline");
        await _databases.ExecuteAsync(Databases.SqlBaseline,
            (await File.ReadAllTextAsync(Path.Combine(options.BenchDirectory, "baseline-setup.sql"))).Replace(":skus", options.Products.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

        if (options.Runs("footprint"))
        {
            await MeasureSqliteStartAsync();
        }

        // The first start on new databases also creates the admin account (a slow password hash): measure a restart.
        await (await StartHostAsync(5401)).DisposeAsync();
        // The last of the restarts is the host the suite goes on with.
        var starts = await ReadyTimes.MeasureAsync(ReadyTimes.Restarts - 1, () => StartHostAsync(5401));
        await using var host = await StartHostAsync(5401);
        _results.ReadyPostgres = new ReadyTimes([.. starts, host.StartToReady]);
        await Task.Delay(TimeSpan.FromSeconds(2));
        _results.IdleRssMiB = host.RssMiB;
        Say($"host ready on PostgreSQL in {_results.ReadyPostgres}, idle RSS {_results.IdleRssMiB:F0} MiB");

        var api = new ShopApi(host.Url);
        Say($"shop: {options.Products} products with stock, {options.Shoppers} shoppers and {options.FlashBuyers} flash-sale buyers");
        var shop = await BenchShop.CreateAsync(api, AdminEmail, _adminPassword, options.Products, options.Shoppers, options.FlashBuyers);

        if (options.Runs("reads"))
        {
            await CatalogReadsAsync(host);
        }

        if (options.Runs("health"))
        {
            await HealthAsync(host);
        }

        if (options.Runs("checkout") || options.Runs("scaling"))
        {
            await CheckoutSweepAsync(host, api, shop);
            _results.RssAfterCheckoutMiB = host.RssMiB;
            _results.PeakRssMiB = host.PeakRssMiB;
            _results.CommandsPerOrder = await CommandCount.PerTwoLineOrderAsync(api, shop);
            Say($"  SQL commands per 2-line order: {_results.CommandsPerOrder?.ToString("F1", CultureInfo.InvariantCulture) ?? "not measured"}");
        }

        if (options.Runs("mysql") && options.MySql.Length > 0)
        {
            await MySqlCheckoutAsync(shop);
        }

        if (options.Runs("flash"))
        {
            Say($"flash sale: {options.FlashBuyers} buyers, {options.FlashUnits} units");
            _results.Flash = await FlashSale.RunAsync(api, shop, options.FlashUnits);
            _results.PeakRssAfterFlashMiB = host.PeakRssMiB;
            Say($"  {_results.Flash}, host peak RSS {_results.PeakRssAfterFlashMiB:F0} MiB");
        }

        if (options.Runs("scaling"))
        {
            await ScalingAsync(host, shop);
        }

        if (options.Runs("overload"))
        {
            await OverloadAsync(api, shop);
        }

        return _results;
    }

    private async Task MeasureSqliteStartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("eci-bench-sqlite-");
        try
        {
            var environment = new Dictionary<string, string>(HostEnvironment())
            {
                ["Database__Provider"] = "sqlite",
                ["Database__SqliteDirectory"] = directory.FullName,
                ["Database__MigrateOnStartup"] = "true",
            };
            await using (await ChildProcess.StartAsync(options.HostDll, 5400, environment, Log("host-sqlite-first")))
            {
            }

            _results.ReadySqlite = new ReadyTimes(await ReadyTimes.MeasureAsync(
                ReadyTimes.Restarts, () => ChildProcess.StartAsync(options.HostDll, 5400, environment, Log("host-sqlite"))));
            Say($"host ready on SQLite in {_results.ReadySqlite}; the first start created the databases");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private Task<ChildProcess> StartBaselineAsync() => ChildProcess.StartAsync(options.BaselineDll, 5450,
        new Dictionary<string, string> { ["ConnectionStrings__Catalog"] = _databases.Connection(Databases.Prefix + "catalog") }, Log("catalog-baseline"));

    private async Task CatalogReadsAsync(ChildProcess host)
    {
        await using var baseline = await StartBaselineAsync();
        // The same host with its read cache off: what the query path itself costs, next to the raw-Npgsql app.
        await using var uncached = await ChildProcess.StartAsync(options.HostDll, 5460,
            new Dictionary<string, string>(HostEnvironment()) { ["Modules__Catalog__ReadCacheSeconds"] = "0" }, Log("host-uncached"));
        const string list = "/v1/products?page_size=20";
        // Matches 80 of the shop's products (BenchShop: "Steel" names are in Toys), so a page of 20 comes back.
        const string search = "/v1/products/search?name=steel&category=toys&min_price=100&max_price=4000&page_size=20";
        // The list goes first, on hosts that have not served reads under load yet; the search then finds them warm.
        foreach (var (name, path, warmup) in new[] { ("list", list, JitWarmup), ("search", search, TurnWarmup) })
        {
            var targets = new (string Who, ChildProcess Server)[] { ("ECI", host), ("ECI, cache off", uncached), ("lean", baseline) }
                .Select(s => new WrkTarget($"{name}: {s.Who}", new Uri(s.Server.Url, path), s.Server)).ToList();
            foreach (var result in await ExternalLoad.WrkInTurnsAsync(options.BenchDirectory, targets, 32, options.Duration, warmup))
            {
                _results.Reads.Add(result);
                Say($"  {Describe(result)}");
            }
        }
    }

    /// <summary>The middleware tax: ECI's liveness answer against a bare minimal API giving the same body.</summary>
    private async Task HealthAsync(ChildProcess host)
    {
        await using var bare = await StartBaselineAsync();
        var targets = new (string Who, ChildProcess Server)[] { ("ECI", host), ("bare", bare) }
            .Select(s => new WrkTarget($"/health/live: {s.Who}", new Uri(s.Server.Url, "/health/live"), s.Server)).ToList();
        foreach (var result in await ExternalLoad.WrkInTurnsAsync(options.BenchDirectory, targets, 64, options.Duration, TurnWarmup))
        {
            _results.Health.Add(result);
            Say($"  {Describe(result)}");
        }
    }

    private async Task CheckoutSweepAsync(ChildProcess host, ShopApi api, BenchShop shop)
    {
        var pg = _databases.PgEnvironment(Databases.SqlBaseline);
        await CheckoutLoad.WarmUpAsync(api, shop, options.Capacity, JitWarmup);
        foreach (var concurrency in options.Concurrency)
        {
            var eci = await CheckoutLoad.RunAsync("checkout: ECI", [api], [host], shop, concurrency, Warmup, options.Duration);
            _results.Checkouts.Add(eci);
            Say($"  {Describe(eci)}");
            var lean = await ExternalLoad.PgbenchAsync("checkout: lean SQL", options.BenchDirectory, "checkout-lean.pgbench", pg, options.Products, concurrency, options.Duration);
            _results.LeanCheckouts.Add(lean);
            Say($"  {Describe(lean)}");
            var replay = await ExternalLoad.PgbenchAsync("checkout: ECI's SQL replayed", options.BenchDirectory, "checkout.pgbench", pg, options.Products, concurrency, options.Duration);
            _results.Pgbench.Add(replay);
            Say($"  {Describe(replay)}");
        }
    }

    /// <summary>The seed's layout: Orders and Shipping on MySQL, the rest on the same PostgreSQL, and the same shop.</summary>
    private async Task MySqlCheckoutAsync(BenchShop shop)
    {
        var layout = new MySqlLayout(options.MySql);
        _results.MySqlVersion = await layout.VersionAsync();
        Say($"checkout with Orders and Shipping on MySQL ({_results.MySqlVersion})");
        await layout.DropAsync();
        var environment = layout.HostEnvironment(HostEnvironment());
        await MigrateAsync(environment, "migrate-eci-mysql");
        await using var host = await ChildProcess.StartAsync(options.HostDll, 5409, environment, Log("host-mysql"));
        var api = new ShopApi(host.Url);
        await CheckoutLoad.WarmUpAsync(api, shop, options.Capacity, JitWarmup);
        var concurrencies = _results.Checkouts.Count > 0 ? [Report.Peak(_results.Checkouts).Concurrency] : options.Concurrency;
        foreach (var concurrency in concurrencies)
        {
            var result = await CheckoutLoad.RunAsync("checkout: ECI, Orders and Shipping on MySQL", [api], [host], shop, concurrency, Warmup, options.Duration);
            _results.MySqlCheckouts.Add(result);
            Say($"  {Describe(result)}");
        }
    }

    private async Task ScalingAsync(ChildProcess first, BenchShop shop)
    {
        var peak = Report.Peak(_results.Checkouts);
        _results.Scaling.Add(peak with { Name = "1 host" });
        var hosts = new List<ChildProcess> { first };
        try
        {
            foreach (var count in new[] { 2, 4 })
            {
                while (hosts.Count < count)
                {
                    hosts.Add(await StartHostAsync(5401 + hosts.Count));
                }

                // New hosts start cold: they compile their hot paths in the warm-up, before the window opens.
                var result = await CheckoutLoad.RunAsync($"{count} hosts", hosts.Select(h => new ShopApi(h.Url)).ToList(), hosts, shop, peak.Concurrency, JitWarmup, options.Duration);
                _results.Scaling.Add(result);
                Say($"  {Describe(result)}");
            }
        }
        finally
        {
            foreach (var extra in hosts.Skip(1))
            {
                await extra.DisposeAsync();
            }
        }
    }

    private async Task OverloadAsync(ShopApi api, BenchShop shop)
    {
        Say($"overload: checkout at 1x, 2x and 4x capacity ({options.Capacity} shoppers), 2 readers alongside");
        foreach (var multiple in new[] { 1, 2, 4 })
        {
            var result = await OverloadLoad.RunAsync(api, shop, options.Capacity, multiple, readers: 2, Warmup, options.Duration);
            _results.Overload.Add(result);
            Say(string.Create(CultureInfo.InvariantCulture,
                $"  {multiple}x ({result.Shoppers} shoppers): goodput {result.Goodput:F0} orders/s, p99 {result.P99:F1} ms, shed {result.ShedRate:P1} [{result.Statuses}]; reads p99 {result.ReadP99:F1} ms"));
        }
    }

    private Task<ChildProcess> StartHostAsync(int port) => ChildProcess.StartAsync(options.HostDll, port, HostEnvironment(), Log($"host-{port}"));

    private async Task MigrateAsync(IReadOnlyDictionary<string, string> environment, string log)
    {
        var output = await ExternalLoad.RunAsync("dotnet", $"\"{options.HostDll}\" migrate", environment);
        await File.WriteAllTextAsync(Log(log), output);
    }

    private Dictionary<string, string> HostEnvironment()
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "postgres",
            ["ConnectionStrings__Postgres"] = options.Postgres,
            ["Database__NamePrefix"] = Databases.Prefix,
            ["Auth__SigningKey"] = "bench-signing-key-" + new string('k', 40),
            ["Auth__AccessTokenMinutes"] = "240",
            ["Admin__Email"] = AdminEmail,
            ["Admin__Password"] = _adminPassword,
            // The suite registers and signs in hundreds of shoppers from one address.
            ["RateLimits__Auth__PermitLimit"] = "1000000",
            // As the image runs it (Dockerfile), the JIT profile recorded by bench/run.sh included.
            ["MALLOC_ARENA_MAX"] = "2",
            ["DOTNET_GCgen0size"] = "0x1000000",
            ["ECI_JIT_PROFILE_DIRECTORY"] = Path.Combine(Path.GetDirectoryName(options.HostDll)!, "jit-profile"),
            ["DOTNET_MultiCoreJitNoProfileGather"] = "1",
        };

        // ECI_BENCH_HOST_X=v reaches the host (only) as X=v: a runtime or host setting can be measured without a rebuild.
        foreach (System.Collections.DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (variable.Key is string key && key.StartsWith(HostVariablePrefix, StringComparison.Ordinal))
            {
                environment[key[HostVariablePrefix.Length..]] = variable.Value as string ?? "";
            }
        }

        return environment;
    }

    /// <summary>Every module's schema in one database, for the pgbench checkouts.</summary>
    private Dictionary<string, string> SqlBaselineEnvironment()
    {
        var environment = HostEnvironment();
        foreach (var module in Databases.Modules)
        {
            environment[$"ConnectionStrings__{module}"] = _databases.Connection(Databases.SqlBaseline);
        }

        return environment;
    }

    private string Log(string name) => Path.Combine(options.LogDirectory, name + ".log");

    public static string Describe(LoadResult r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Name} x{r.Concurrency}: {r.PerSecond:F0}/s, p50 {r.P50:F1} ms, p95 {r.P95:F1} ms, p99 {r.P99:F1} ms, failed {r.Failed}{(r.Statuses.Length > 0 ? $" [{r.Statuses}]" : "")}{(r.HostCpuPercent is { } cpu ? $", host CPU {cpu:F0}%" : "")}");

    private static void Say(string line) => Console.WriteLine(line);
}
