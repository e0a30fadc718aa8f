using System.Text.Json;
using Eci.DeploymentTests.Manifests;
using k8s.Models;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Eci.DeploymentTests;

/// <summary>k8s/monitoring/: the objects kube-prometheus-stack reads, checked with typed models of the fields ECI relies on.</summary>
public sealed class KubernetesMonitoringShould
{
    private const string Folder = "k8s/monitoring/";
    private const string OperatorApi = "monitoring.coreos.com/v1";

    [Fact]
    public void Scrape_the_eci_service_by_its_port_name_as_the_job_the_alerts_name()
    {
        var monitor = TypedYaml.Read<ServiceMonitor>(Folder + "service-monitor.yaml");
        var services = KubernetesManifests.All().OfType<V1Service>().ToList();
        var endpoint = Assert.Single(monitor.Spec.Endpoints);

        Assert.Equal(OperatorApi, monitor.ApiVersion);
        Assert.Equal("ServiceMonitor", monitor.Kind);
        Assert.Equal("eci", monitor.Metadata.Namespace);
        var service = Assert.Single(services, s => monitor.Spec.Selector.Selects(s.Metadata.Labels));
        Assert.Contains(service.Metadata.NamespaceProperty, monitor.Spec.NamespaceSelector.MatchNames);
        Assert.Contains(endpoint.Port, service.Spec.Ports.Select(p => p.Name));
        Assert.Equal("/metrics", endpoint.Path);
        // The operator names the job after the Service; ServiceDown and the dashboard filter on job="eci".
        Assert.Equal("eci", service.Metadata.Name);
        Assert.Contains("job=\"eci\"", Rules(TypedYaml.Read<RuleFile>(Folder + "alert-rules.yml")).Single(r => r.Alert == "ServiceDown").Expr, StringComparison.Ordinal);
    }

    [Fact]
    public void Hold_exactly_the_alert_rules_compose_loads()
    {
        var prometheusRule = TypedYaml.Read<PrometheusRule>(Folder + "prometheus-rule.yaml");
        var composeRules = TypedYaml.Read<RuleFile>(Folder + "alert-rules.yml");

        Assert.Equal(OperatorApi, prometheusRule.ApiVersion);
        Assert.Equal("PrometheusRule", prometheusRule.Kind);
        Assert.Equal("eci", prometheusRule.Metadata.Namespace);
        Assert.Equal(composeRules.Groups.Select(g => g.Name), prometheusRule.Spec.Groups.Select(g => g.Name));
        Assert.Equal(Rules(composeRules).Select(r => r.Canonical()), Rules(prometheusRule.Spec).Select(r => r.Canonical()));
        Assert.All(Rules(prometheusRule.Spec), rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Expr), $"{rule.Alert} has no expr");
            Assert.Matches("^[0-9]+[smh]$", rule.For);
            Assert.True(rule.Labels.TryGetValue("severity", out var severity) && severity is "warning" or "critical", $"{rule.Alert} has no severity");
            Assert.False(string.IsNullOrWhiteSpace(rule.Annotations.GetValueOrDefault("summary")), $"{rule.Alert} has no summary");
            Assert.False(string.IsNullOrWhiteSpace(rule.Annotations.GetValueOrDefault("description")), $"{rule.Alert} has no description");
        });
    }

    [Fact]
    public void Carry_the_label_the_stacks_prometheus_selects_on_both_objects()
    {
        var monitor = TypedYaml.Read<ServiceMonitor>(Folder + "service-monitor.yaml");
        var prometheusRule = TypedYaml.Read<PrometheusRule>(Folder + "prometheus-rule.yaml");

        Assert.Equal("kube-prometheus-stack", monitor.Metadata.Labels.GetValueOrDefault("release"));
        Assert.Equal(monitor.Metadata.Labels.GetValueOrDefault("release"), prometheusRule.Metadata.Labels.GetValueOrDefault("release"));
    }

    [Fact]
    public void Be_applied_by_their_own_kustomization_and_not_by_the_one_that_needs_no_crds()
    {
        var kustomization = TypedYaml.Read<Kustomization>(Folder + "kustomization.yaml");
        var objects = Directory.GetFiles(Repository.PathOf(Folder), "*.yaml")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name != "kustomization.yaml")
            .Order(StringComparer.Ordinal);
        var main = Repository.ReadYaml("k8s/kustomization.yaml").Items("resources").Cast<YamlScalarNode>().Select(n => n.Value!);

        Assert.Equal("Kustomization", kustomization.Kind);
        Assert.Equal("eci", kustomization.Namespace);
        Assert.Equal(objects, kustomization.Resources.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(main, resource => resource.StartsWith("monitoring", StringComparison.Ordinal));
    }

    [Fact]
    public void Ship_the_dashboard_compose_loads_as_a_config_map_for_the_grafana_sidecar()
    {
        var kustomization = TypedYaml.Read<Kustomization>(Folder + "kustomization.yaml");
        var generator = Assert.Single(kustomization.ConfigMapGenerator);
        var (key, source) = Assert.Single(generator.Files.Select(FileEntry));
        var composeMount = Compose.Service("grafana").Items("volumes").Cast<YamlScalarNode>().Select(v => v.Value!.Split(':'))
            .Single(mount => mount[1].StartsWith("/var/lib/grafana/dashboards/", StringComparison.Ordinal));
        using var dashboard = JsonDocument.Parse(Repository.Read(Folder + source));

        Assert.Equal("./" + Folder + source, composeMount[0]);
        Assert.EndsWith(".json", key, StringComparison.Ordinal);
        Assert.Equal("1", kustomization.GeneratorOptions.Labels.GetValueOrDefault("grafana_dashboard"));
        Assert.True(kustomization.GeneratorOptions.DisableNameSuffixHash, "a hashed name leaves the old dashboard's ConfigMap beside the new one");
        Assert.Equal("eci-overview", dashboard.RootElement.GetProperty("uid").GetString());
        Assert.NotEmpty(dashboard.RootElement.GetProperty("panels").EnumerateArray());
    }

    private static List<AlertRule> Rules(RuleFile file) => file.Groups.SelectMany(g => g.Rules).ToList();

    private static (string Key, string Source) FileEntry(string entry) =>
        entry.Split('=', 2) is [var key, var source] ? (key, source) : (Path.GetFileName(entry), entry);
}
