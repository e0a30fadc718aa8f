using System.Net;
using System.Text.RegularExpressions;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Eci.DeploymentTests;

/// <summary><c>docker-compose up --scale eci=N</c>: replicas behind one proxy, each seen by Prometheus, within the databases' connections.</summary>
public sealed class ComposeScalingShould
{
    private const string Proxy = "proxy";

    [Fact]
    public void Publish_no_host_port_and_no_fixed_name_on_the_host_so_it_can_run_many_times()
    {
        var eci = Compose.Service("eci");

        Assert.Null(eci.Child("ports"));
        Assert.Null(eci.Child("container_name"));
        // The proxy takes over the host port the API always had.
        Assert.Contains(Compose.Service(Proxy).Items("ports").Cast<YamlScalarNode>(), port => port.Value!.StartsWith("8080:", StringComparison.Ordinal));
    }

    [Fact]
    public void Put_a_proxy_from_an_official_image_in_front_once_the_host_is_healthy()
    {
        var proxy = Compose.Service(Proxy);

        Assert.Matches("^(caddy|nginx|traefik):", proxy.Text("image"));
        Assert.Equal("service_healthy", proxy.Mapping("depends_on").Mapping("eci").Text("condition"));
    }

    [Fact]
    public void Send_the_proxys_requests_round_robin_to_every_eci_replica()
    {
        var caddyfile = Repository.Read(MountedSource(Proxy, "/etc/caddy/Caddyfile"));
        var publishedInside = Compose.Service(Proxy).Items("ports").Cast<YamlScalarNode>().Select(p => p.Value!.Split(':')[^1]).Single();

        // Re-resolved A records of the service name: one per replica, including those --scale adds later.
        Assert.Equal(["eci", HostPort()], Caddyfile.Arguments(caddyfile, "dynamic", "a"));
        Assert.Equal(["round_robin"], Caddyfile.Arguments(caddyfile, "lb_policy"));
        Assert.Contains(Caddyfile.Lines(caddyfile), words => words is [var site] && site == ":" + publishedInside);
        Assert.DoesNotContain(Caddyfile.Lines(caddyfile), words => words[0] == "trusted_proxies");
    }

    [Fact]
    public void Believe_forwarded_addresses_only_from_the_network_that_joins_the_proxy_to_the_replicas()
    {
        var network = Repository.ReadYaml("docker-compose.yml").Mapping("networks").Mapping("edge");
        var subnet = Assert.Single(network.Mapping("ipam").Items("config")).Text("subnet");
        var members = Compose.Services().Children
            .Where(service => Networks(service.Value).Contains("edge"))
            .Select(service => ((YamlScalarNode)service.Key).Value!)
            .Order(StringComparer.Ordinal);

        Assert.Equal("true", Compose.EnvironmentValue("eci", "Http__ForwardedHeaders__Enabled"));
        Assert.Equal(subnet, Compose.EnvironmentValue("eci", "Http__ForwardedHeaders__KnownNetworks__0"));
        Assert.True(IPNetwork.TryParse(DefaultOf(subnet!), out _), $"{subnet} has no default CIDR range");
        Assert.Equal(["eci", Proxy], members);
        Assert.Equal(["edge"], Networks(Compose.Service(Proxy)));
        Assert.Contains("default", Networks(Compose.Service("eci")));
        Assert.Null(Compose.EnvironmentValue("eci-migrate", "Http__ForwardedHeaders__Enabled"));
    }

    [Fact]
    public void Scrape_every_replica_and_both_database_exporters()
    {
        var jobs = Repository.ReadYaml("deploy/prometheus/prometheus.yml").Items("scrape_configs").ToDictionary(job => job.Text("job_name")!);
        var discovery = Assert.Single(jobs["eci"].Items("dns_sd_configs"));
        var prometheusNeeds = Compose.Service("prometheus").Items("depends_on").Cast<YamlScalarNode>().Select(n => n.Value!).ToList();

        Assert.Equal(["eci"], discovery.Items("names").Cast<YamlScalarNode>().Select(n => n.Value));
        Assert.Equal("A", discovery.Text("type"));
        Assert.Equal(HostPort(), discovery.Text("port"));
        Assert.Null(jobs["eci"].Child("static_configs"));
        AssertExporter(jobs["postgres"], "postgres-exporter", "prometheuscommunity/postgres-exporter:", "9187", "postgres", prometheusNeeds);
        AssertExporter(jobs["mysql"], "mysqld-exporter", "prom/mysqld-exporter:", "9104", "mysql", prometheusNeeds);
        Assert.StartsWith("postgres:5432/", Compose.Service("postgres-exporter").Mapping("environment").Text("DATA_SOURCE_URI"), StringComparison.Ordinal);
        Assert.Contains("--mysqld.address=mysql:3306", Compose.Service("mysqld-exporter").Items("command").Cast<YamlScalarNode>().Select(n => n.Value));
    }

    [Fact]
    public void Keep_the_largest_scale_pgbouncer_admits_within_mysqls_connections_and_document_it()
    {
        var pool = Budget.Number(Compose.EnvironmentValue("eci", "Database__MaxPoolSize"));
        var maxReplicas = Budget.Number(Compose.Service("pgbouncer").Mapping("environment").Text("MAX_CLIENT_CONN")) / (Budget.Modules * pool);
        var mysqlModules = Compose.EnvironmentOf("eci").Count(v => v.StartsWith("Modules__", StringComparison.Ordinal)
            && v.EndsWith("__Database__Provider", StringComparison.Ordinal) && Compose.EnvironmentValue("eci", v) == "mysql");
        var mysqlMax = Budget.Number(Compose.Service("mysql").Items("command").Cast<YamlScalarNode>()
            .Select(n => n.Value!).Single(a => a.StartsWith("--max-connections=", StringComparison.Ordinal)).Split('=')[1]);
        var mysqlMonitor = MonitorConnections("deploy/mysql/init/02-monitor-user.sh", @"MAX_USER_CONNECTIONS (\d+)");
        var postgresMonitor = MonitorConnections("deploy/postgres/init/02-monitor-role.sh", @"CONNECTION LIMIT (\d+)");
        var postgresMax = Budget.MaxConnections(Compose.Service("postgres").Items("command").Cast<YamlScalarNode>().Select(n => n.Value!));
        var pgbouncerServerSide = Budget.Number(Compose.Service("pgbouncer").Mapping("environment").Text("MAX_USER_CONNECTIONS"));

        Assert.Equal(2, mysqlModules);
        Assert.True((maxReplicas + 1) * mysqlModules * pool + mysqlMonitor + Budget.ReservedForAdministrators <= mysqlMax,
            $"{maxReplicas} replicas and the migration, {mysqlModules} x {pool} each, and the exporter exceed MySQL's max_connections={mysqlMax}");
        // Each replica's catalog listener reaches PostgreSQL directly, past PgBouncer.
        Assert.StartsWith("Host=postgres;", Compose.EnvironmentValue("eci", "ConnectionStrings__CatalogChanges"), StringComparison.Ordinal);
        Assert.True(pgbouncerServerSide + maxReplicas + (Budget.Modules * pool) + postgresMonitor + Budget.ReservedForAdministrators <= postgresMax,
            $"PgBouncer, {maxReplicas} catalog listeners, the migration and the exporter exceed PostgreSQL's max_connections={postgresMax}");
        Assert.Contains($"--scale eci={maxReplicas}", Repository.Read("docs/operations.md"), StringComparison.Ordinal);
    }

    private static void AssertExporter(YamlNode job, string service, string image, string port, string database, List<string> prometheusNeeds)
    {
        var target = Assert.Single(Assert.Single(job.Items("static_configs")).Items("targets").Cast<YamlScalarNode>()).Value;

        Assert.Equal($"{service}:{port}", target);
        Assert.StartsWith(image, Compose.Service(service).Text("image"), StringComparison.Ordinal);
        Assert.Equal("service_healthy", Compose.Service(service).Mapping("depends_on").Mapping(database).Text("condition"));
        Assert.Contains(service, prometheusNeeds);
    }

    private static string HostPort() => Compose.EnvironmentValue("eci", "ASPNETCORE_HTTP_PORTS")!;

    private static string MountedSource(string service, string target) => Compose.Service(service).Items("volumes").Cast<YamlScalarNode>()
        .Select(v => v.Value!.Split(':'))
        .Single(mount => mount[1] == target)[0][2..];

    private static List<string> Networks(YamlNode service) => service.Items("networks").Cast<YamlScalarNode>().Select(n => n.Value!).ToList();

    /// <summary>The fallback of a <c>${VARIABLE:-fallback}</c> reference, or the text itself.</summary>
    private static string DefaultOf(string value) => Regex.Match(value, @"^\$\{\w+:-(.+)\}$") is { Success: true } m ? m.Groups[1].Value : value;

    private static int MonitorConnections(string script, string pattern) =>
        Budget.Number(Regex.Match(Repository.Read(script), pattern).Groups[1].Value);
}
