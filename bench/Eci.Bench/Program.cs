using System.Diagnostics;
using Eci.Bench;

// Runs the benchmark suite against Release builds of the host and the baseline app, prints the report and appends it
// to docs/benchmarks.md. bench/run.sh builds everything first; see docs/benchmarks.md for what each part measures.
var settings = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2 && p[0].StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p[0][2..], p => p[1]);
string Setting(string name, string fallback) => settings.GetValueOrDefault(name) ?? fallback;
int Number(string name, int fallback) => int.Parse(Setting(name, fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);

var repository = Path.GetFullPath(Setting("repository", "."));
var options = new SuiteOptions(
    Repository: repository,
    HostDll: Path.GetFullPath(Setting("host", Path.Combine(repository, "src/Host/Eci.Host/bin/Release/net10.0/Eci.Host.dll"))),
    Postgres: Setting("postgres", Environment.GetEnvironmentVariable("ECI_BENCH_POSTGRES") ?? "Host=localhost;Username=eci;Password=eci"),
    Duration: TimeSpan.FromSeconds(Number("seconds", 10)),
    Concurrency: Setting("concurrency", "2,4,8,16,32").Split(',').Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
    Products: Number("products", 1000),
    Shoppers: Number("shoppers", 64),
    FlashBuyers: Number("buyers", 500),
    FlashUnits: Number("units", 100),
    Parts: Setting("only", string.Join(',', SuiteOptions.AllParts)).Split(',').ToHashSet(),
    Capacity: Number("capacity", 8),
    MySql: Setting("mysql", Environment.GetEnvironmentVariable("ECI_BENCH_MYSQL") ?? string.Empty));

var clock = Stopwatch.StartNew();
var results = await new Suite(options).RunAsync();
var report = Report.Write(results, options, clock.Elapsed);
Console.WriteLine();
Console.WriteLine(report);
var output = Setting("out", Path.Combine(options.Repository, "docs/benchmarks.md"));
if (output != "-")
{
    await File.AppendAllTextAsync(output, report);
    Console.WriteLine($"appended to {output}");
}
