using k8s.Models;
using Xunit;

namespace Eci.DeploymentTests;

/// <summary>What the Kubernetes manifests and the compose file give the host agree with each other and with the host.</summary>
public sealed class DeploymentSettingsShould
{
    [Fact]
    public void Set_only_variables_the_host_reads()
    {
        var variables = KubernetesVariables().Concat(Compose.HostServices.SelectMany(s => Compose.EnvironmentOf(s).Select(v => ($"compose {s}", v)))).ToList();

        Assert.Contains(variables, v => v.Item2 == "ConnectionStrings__Postgres");
        Assert.Contains(variables, v => v.Item2 == "Database__Provider");
        Assert.All(variables, v => Assert.True(HostSettings.IsRead(v.Item2), $"{v.Item1} sets {v.Item2}, which the host does not read"));
    }

    [Fact]
    public void Run_the_same_image_in_the_deployment_the_job_and_compose()
    {
        var images = KubernetesManifests.HostContainers().Select(c => c.Container.Image)
            .Concat(Compose.HostServices.Select(s => Compose.Service(s).Text("image")!))
            .ToList();

        Assert.Equal(4, images.Count);
        Assert.Single(images.Distinct(StringComparer.Ordinal));
        Assert.StartsWith(KubernetesManifests.HostImageRepository + ":", images[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Release_the_tag_the_manifests_name()
    {
        var kustomization = Repository.ReadYaml("k8s/kustomization.yaml");
        var image = Assert.Single(kustomization.Items("images"));

        Assert.Equal(KubernetesManifests.HostImageRepository, image.Text("name"));
        Assert.Equal(ImageReference.Tag(KubernetesManifests.Deployment().Spec.Template.Spec.Containers[0].Image), image.Text("newTag"));
    }

    [Fact]
    public void Give_the_host_a_postgres_server_in_both_deployments()
    {
        var config = KubernetesManifests.All().OfType<V1ConfigMap>().Single(c => c.Metadata.Name == "eci-config");

        Assert.Equal("postgres", config.Data["Database__Provider"]);
        Assert.Contains(KubernetesVariables(), v => v.Variable == "ConnectionStrings__Postgres");
        Assert.Contains("ConnectionStrings__Postgres", Compose.EnvironmentOf("eci"));
    }

    [Fact]
    public void Keep_orders_and_shipping_on_mysql_in_both_deployments_with_the_server_from_a_secret()
    {
        var config = KubernetesManifests.All().OfType<V1ConfigMap>().Single(c => c.Metadata.Name == "eci-config");
        var secret = KubernetesManifests.All().OfType<V1Secret>().Single(s => s.Metadata.Name == "eci-secrets");
        string[] modules = ["Orders", "Shipping"];

        Assert.All(modules, module => Assert.Equal("mysql", config.Data[$"Modules__{module}__Database__Provider"]));
        Assert.StartsWith("Server=eci-mysql;", secret.StringData["ConnectionStrings__MySql"], StringComparison.Ordinal);
        Assert.All(KubernetesManifests.HostContainers(), c => Assert.Contains(c.Container.EnvFrom, e => e.SecretRef?.Name == "eci-secrets"));
        Assert.All(Compose.HostServices, service =>
        {
            Assert.All(modules, module => Assert.Equal("mysql", Compose.EnvironmentValue(service, $"Modules__{module}__Database__Provider")));
            Assert.StartsWith("Server=mysql;", Compose.EnvironmentValue(service, "ConnectionStrings__MySql"), StringComparison.Ordinal);
            Assert.Equal("service_healthy", Compose.Service(service).Mapping("depends_on").Mapping("mysql").Text("condition"));
        });
        Assert.NotNull(Compose.Service("mysql").Child("healthcheck"));
        Assert.StartsWith("mysql:8.4", Compose.Service("mysql").Text("image"), StringComparison.Ordinal);
    }

    /// <summary>Every variable a host container gets: its env, and every key of the ConfigMaps and Secrets it loads.</summary>
    private static List<(string Source, string Variable)> KubernetesVariables()
    {
        var manifests = KubernetesManifests.All();
        var configMaps = manifests.OfType<V1ConfigMap>().ToDictionary(c => c.Metadata.Name, c => c.Data.Keys.ToList());
        var secrets = manifests.OfType<V1Secret>().ToDictionary(
            s => s.Metadata.Name, s => (s.StringData?.Keys ?? []).Concat(s.Data?.Keys ?? []).ToList());
        var variables = new List<(string, string)>();
        foreach (var (workload, _, container) in KubernetesManifests.HostContainers())
        {
            variables.AddRange((container.Env ?? []).Select(e => (workload, e.Name)));
            foreach (var source in container.EnvFrom ?? [])
            {
                if (source.ConfigMapRef is { } configMap)
                {
                    Assert.True(configMaps.ContainsKey(configMap.Name), $"{workload} loads ConfigMap {configMap.Name}, which is not defined");
                    variables.AddRange(configMaps[configMap.Name].Select(key => ($"ConfigMap {configMap.Name}", key)));
                }

                if (source.SecretRef is { } secret)
                {
                    Assert.True(secrets.ContainsKey(secret.Name), $"{workload} loads Secret {secret.Name}, which is not defined");
                    variables.AddRange(secrets[secret.Name].Select(key => ($"Secret {secret.Name}", key)));
                }
            }
        }

        return variables;
    }
}
