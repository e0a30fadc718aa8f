using System.Text.Json;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Eci.DeploymentTests;

public sealed class MonitoringShould
{
    private static readonly HashSet<string> KnownMetrics = new(Eci.Testing.MonitoredMetrics.Names, StringComparer.Ordinal);

    [Fact]
    public void Define_the_alerts_the_runbook_describes()
    {
        var rules = AlertRules();
        var runbook = Repository.Read("docs/operations.md");

        Assert.Equal(
            ["CheckoutLatencyHigh", "HighServerErrorRate", "LowStock", "PaymentSuccessRateLow", "ServiceDown"],
            rules.Select(r => r.Text("alert")!).Order(StringComparer.Ordinal));
        Assert.All(rules, rule =>
        {
            Assert.Contains("### " + rule.Text("alert"), runbook, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(rule.Mapping("labels").Text("severity")), $"{rule.Text("alert")} has no severity");
            Assert.False(string.IsNullOrEmpty(rule.Mapping("annotations").Text("summary")), $"{rule.Text("alert")} has no summary");
        });
    }

    [Fact]
    public void Alert_when_the_service_is_down_for_two_minutes()
    {
        var rule = AlertRules().Single(r => r.Text("alert") == "ServiceDown");

        Assert.Equal("2m", rule.Text("for"));
        Assert.Equal(["up"], PromQl.MetricNames(rule.Text("expr")!));
        Assert.Contains("== 0", rule.Text("expr"), StringComparison.Ordinal);
    }

    [Fact]
    public void Alert_only_on_metrics_the_host_exports()
    {
        var metrics = AlertRules().SelectMany(r => PromQl.MetricNames(r.Text("expr")!)).ToHashSet(StringComparer.Ordinal);

        Assert.Subset(KnownMetrics, metrics);
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "up", "payments_completed_total", "payments_failed_total", "inventory_available_stock",
                "checkout_duration_seconds_bucket", "http_server_request_duration_seconds_count",
            },
            metrics);
    }

    [Fact]
    public void Chart_only_metrics_the_host_and_the_exporters_export_and_all_the_business_ones()
    {
        using var dashboard = JsonDocument.Parse(Repository.Read("k8s/monitoring/grafana-dashboard.json"));
        var expressions = dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(panel => panel.GetProperty("targets").EnumerateArray())
            .Select(target => target.GetProperty("expr").GetString()!)
            .ToList();
        var metrics = expressions.SelectMany(PromQl.MetricNames).ToHashSet(StringComparer.Ordinal);

        Assert.Equal("eci-overview", dashboard.RootElement.GetProperty("uid").GetString());
        Assert.Subset(KnownMetrics.Union(ExporterMetrics.Names).ToHashSet(StringComparer.Ordinal), metrics);
        Assert.Superset(ExporterMetrics.Names.ToHashSet(StringComparer.Ordinal), metrics);
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "up", "http_server_request_duration_seconds_bucket", "orders_placed_total", "payments_completed_total",
                "payments_failed_total", "inventory_reservations_total", "order_value_sum", "order_value_count",
                "inventory_available_stock", "db_client_connection_count", "eci_payment_processor_circuit_state",
            },
            metrics);
    }

    [Fact]
    public void Read_the_dashboard_from_the_provisioned_datasource()
    {
        using var dashboard = JsonDocument.Parse(Repository.Read("k8s/monitoring/grafana-dashboard.json"));
        var datasource = Assert.Single(Repository.ReadYaml("deploy/grafana/provisioning/datasources/prometheus.yml").Items("datasources"));
        var uids = dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .Select(panel => panel.GetProperty("datasource").GetProperty("uid").GetString())
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal([datasource.Text("uid")], uids);
    }

    [Fact]
    public void Scrape_the_path_and_job_the_alerts_expect()
    {
        var inCluster = Assert.Single(Repository.ReadYaml("k8s/monitoring/prometheus.yml").Items("scrape_configs"));
        var compose = Assert.Single(Repository.ReadYaml("deploy/prometheus/prometheus.yml").Items("scrape_configs"), job => job.Text("job_name") == "eci");
        var serviceDown = AlertRules().Single(r => r.Text("alert") == "ServiceDown").Text("expr");

        Assert.Equal("eci", inCluster.Text("job_name"));
        Assert.Contains("job=\"eci\"", serviceDown, StringComparison.Ordinal);
        Assert.Equal("/metrics", compose.Text("metrics_path"));
    }

    private static List<YamlNode> AlertRules() =>
        Repository.ReadYaml("k8s/monitoring/alert-rules.yml").Items("groups").SelectMany(group => group.Items("rules")).ToList();
}
