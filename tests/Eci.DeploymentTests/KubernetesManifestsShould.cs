using k8s;
using k8s.Models;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Eci.DeploymentTests;

public sealed class KubernetesManifestsShould
{
    public static TheoryData<string> ManifestFiles() => new(KubernetesManifests.Files);

    [Theory]
    [MemberData(nameof(ManifestFiles))]
    public void Load_without_an_unknown_field(string file)
    {
        var manifests = KubernetesManifests.Load(file);

        Assert.NotEmpty(manifests);
        Assert.All(manifests, m => Assert.IsAssignableFrom<IKubernetesObject<V1ObjectMeta>>(m));
    }

    [Fact]
    public void Be_listed_in_the_kustomization_each_and_only_if_it_exists()
    {
        var listed = Repository.ReadYaml("k8s/kustomization.yaml").Items("resources").Cast<YamlScalarNode>().Select(n => n.Value!).ToList();

        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.All(listed, file => Assert.True(File.Exists(Repository.PathOf("k8s/" + file)), $"kustomization.yaml lists {file}, which does not exist"));
        Assert.Equal(KubernetesManifests.Files, listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Put_everything_in_the_eci_namespace()
    {
        var namespaced = KubernetesManifests.All().OfType<IKubernetesObject<V1ObjectMeta>>().Where(m => m is not V1Namespace).ToList();

        Assert.NotEmpty(namespaced);
        Assert.All(namespaced, m => Assert.Equal("eci", m.Metadata.NamespaceProperty));
    }

    [Fact]
    public void Probe_the_health_endpoints_on_the_container_port()
    {
        var container = Assert.Single(KubernetesManifests.Deployment().Spec.Template.Spec.Containers);
        var port = Assert.Single(container.Ports);
        string[] portNames = [port.Name, port.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture)];

        Assert.Equal("/health/live", container.StartupProbe?.HttpGet?.Path);
        Assert.Equal("/health/live", container.LivenessProbe?.HttpGet?.Path);
        Assert.Equal("/health/ready", container.ReadinessProbe?.HttpGet?.Path);
        Assert.All(new[] { container.StartupProbe!, container.LivenessProbe!, container.ReadinessProbe! },
            probe => Assert.Contains(probe.HttpGet.Port.Value, portNames));
        Assert.Equal(8080, port.ContainerPort);
    }

    [Fact]
    public void Route_the_service_to_the_container_port()
    {
        var service = KubernetesManifests.All().OfType<V1Service>().Single(s => s.Metadata.Name == "eci");
        var port = Assert.Single(Assert.Single(KubernetesManifests.Deployment().Spec.Template.Spec.Containers).Ports);

        Assert.Equal(port.Name, Assert.Single(service.Spec.Ports).TargetPort.Value);
        Assert.Equal(KubernetesManifests.Deployment().Spec.Selector.MatchLabels, service.Spec.Selector);
    }

    [Fact]
    public void Give_every_container_resource_requests_and_limits()
    {
        var containers = KubernetesManifests.AllContainers().ToList();

        Assert.True(containers.Count >= 3, "expected the API, the migration and PostgreSQL containers");
        Assert.All(containers, c =>
        {
            Assert.True(c.Container.Resources?.Requests?.ContainsKey("cpu") == true, $"{c.Workload}/{c.Container.Name} requests no cpu");
            Assert.True(c.Container.Resources?.Requests?.ContainsKey("memory") == true, $"{c.Workload}/{c.Container.Name} requests no memory");
            Assert.True(c.Container.Resources?.Limits?.ContainsKey("memory") == true, $"{c.Workload}/{c.Container.Name} has no memory limit");
        });
    }

    [Fact]
    public void Run_the_host_as_non_root_on_a_read_only_root_filesystem_with_a_writable_tmp()
    {
        Assert.All(KubernetesManifests.HostContainers(), c =>
        {
            Assert.True(c.Pod.SecurityContext?.RunAsNonRoot, $"{c.Workload} may run as root");
            Assert.Equal(1654, c.Pod.SecurityContext?.RunAsUser);
            Assert.True(c.Container.SecurityContext?.ReadOnlyRootFilesystem, $"{c.Workload} has a writable root filesystem");
            Assert.False(c.Container.SecurityContext?.AllowPrivilegeEscalation ?? true, $"{c.Workload} allows privilege escalation");
            var tmp = Assert.Single(c.Container.VolumeMounts, m => m.MountPath == "/tmp");
            Assert.NotNull(Assert.Single(c.Pod.Volumes, v => v.Name == tmp.Name).EmptyDir);
        });
    }

    [Fact]
    public void Drain_a_pod_within_its_grace_period()
    {
        var pod = KubernetesManifests.Deployment().Spec.Template.Spec;
        var preStop = Assert.Single(pod.Containers).Lifecycle?.PreStop?.Exec?.Command;

        Assert.NotNull(preStop);
        Assert.Equal("sleep", preStop[0]);
        var sleepSeconds = int.Parse(preStop[1], System.Globalization.CultureInfo.InvariantCulture);
        // The host's own shutdown timeout (30 s) must fit after the preStop sleep.
        Assert.True(pod.TerminationGracePeriodSeconds >= sleepSeconds + 30, $"terminationGracePeriodSeconds {pod.TerminationGracePeriodSeconds} is too short");
    }

    [Fact]
    public void Advertise_the_metrics_endpoint_for_scraping()
    {
        var annotations = KubernetesManifests.Deployment().Spec.Template.Metadata.Annotations;
        var port = Assert.Single(Assert.Single(KubernetesManifests.Deployment().Spec.Template.Spec.Containers).Ports);

        Assert.Equal("true", annotations["prometheus.io/scrape"]);
        Assert.Equal("/metrics", annotations["prometheus.io/path"]);
        Assert.Equal(port.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture), annotations["prometheus.io/port"]);
    }

    [Fact]
    public void Scale_the_deployment_between_two_and_ten_replicas_on_cpu_and_memory()
    {
        var hpa = KubernetesManifests.All().OfType<V2HorizontalPodAutoscaler>().Single();
        var deployment = KubernetesManifests.Deployment();

        Assert.Equal("Deployment", hpa.Spec.ScaleTargetRef.Kind);
        Assert.Equal(deployment.Metadata.Name, hpa.Spec.ScaleTargetRef.Name);
        Assert.Equal(2, hpa.Spec.MinReplicas);
        Assert.Equal(10, hpa.Spec.MaxReplicas);
        Assert.Equal(["cpu", "memory"], hpa.Spec.Metrics.Select(m => m.Resource?.Name).Order(StringComparer.Ordinal));
        Assert.True(hpa.Spec.Behavior?.ScaleDown?.StabilizationWindowSeconds > 0, "no scale-down stabilization window");
        Assert.Null(deployment.Spec.Replicas);
    }

    [Fact]
    public void Keep_every_pool_at_the_largest_scale_within_pgbouncer_and_pgbouncer_and_the_migration_within_the_server()
    {
        var manifests = KubernetesManifests.All();
        var config = manifests.OfType<V1ConfigMap>().Single(c => c.Metadata.Name == "eci-config");
        var poolSize = Budget.Number(config.Data["Database__MaxPoolSize"]);
        var maxReplicas = manifests.OfType<V2HorizontalPodAutoscaler>().Single().Spec.MaxReplicas;
        var pgbouncer = KubernetesManifests.PgBouncer();
        var settings = Assert.Single(pgbouncer.Spec.Template.Spec.Containers).Env.Where(e => e.Value is not null).ToDictionary(e => e.Name, e => e.Value);
        var migratePool = Budget.Number(Assert.Single(KubernetesManifests.MigrationJob().Spec.Template.Spec.Containers).Env.Single(e => e.Name == "Database__MaxPoolSize").Value);
        var postgres = Assert.Single(manifests.OfType<V1StatefulSet>().Single(s => s.Metadata.Name == "eci-postgres").Spec.Template.Spec.Containers);
        var maxConnections = Budget.MaxConnections(postgres.Args);
        var serverSide = pgbouncer.Spec.Replicas!.Value * Budget.Number(settings["MAX_USER_CONNECTIONS"]);

        // The client side: every API pod's pools at the HPA's maximum, even if the Service sends them all to one PgBouncer.
        Assert.True(Budget.Modules * poolSize * maxReplicas <= Budget.Number(settings["MAX_CLIENT_CONN"]),
            $"{Budget.Modules} modules x {poolSize} connections x {maxReplicas} pods exceed PgBouncer's MAX_CLIENT_CONN={settings["MAX_CLIENT_CONN"]}");
        // The server side: every PgBouncer at its cap, each pod's catalog listener and the migration Job straight to the
        // server, and room for administrators.
        Assert.True(serverSide + maxReplicas + (Budget.Modules * migratePool) + Budget.ReservedForAdministrators <= maxConnections,
            $"{serverSide} from PgBouncer + {maxReplicas} listeners + {Budget.Modules} x {migratePool} from migrate exceed max_connections={maxConnections}");
        Assert.True(Budget.Number(settings["MAX_DB_CONNECTIONS"]) * Budget.Modules >= Budget.Number(settings["MAX_USER_CONNECTIONS"]), "MAX_USER_CONNECTIONS can never be reached");
    }

    [Fact]
    public void Send_the_api_through_pgbouncer_in_transaction_mode_and_the_migration_straight_to_the_server()
    {
        var manifests = KubernetesManifests.All();
        var pgbouncer = KubernetesManifests.PgBouncer();
        var pooler = Assert.Single(pgbouncer.Spec.Template.Spec.Containers);
        var service = manifests.OfType<V1Service>().Single(s => s.Metadata.Name == "eci-pgbouncer");
        var api = Assert.Single(KubernetesManifests.Deployment().Spec.Template.Spec.Containers);
        var pooled = api.Env.Single(e => e.Name == "ConnectionStrings__Postgres").ValueFrom.SecretKeyRef;
        var pooledSecret = manifests.OfType<V1Secret>().Single(s => s.Metadata.Name == pooled.Name);
        var direct = manifests.OfType<V1Secret>().Single(s => s.Metadata.Name == "eci-secrets").StringData["ConnectionStrings__Postgres"];
        var job = Assert.Single(KubernetesManifests.MigrationJob().Spec.Template.Spec.Containers);

        Assert.Equal("transaction", pooler.Env.Single(e => e.Name == "POOL_MODE").Value);
        Assert.Equal(pgbouncer.Spec.Selector.MatchLabels, service.Spec.Selector);
        Assert.Equal(Assert.Single(pooler.Ports).Name, Assert.Single(service.Spec.Ports).TargetPort.Value);
        Assert.Contains($"Host={service.Metadata.Name};Port={service.Spec.Ports[0].Port};", pooledSecret.StringData[pooled.Key], StringComparison.Ordinal);
        Assert.Equal("true", api.Env.Single(e => e.Name == "Database__PgBouncer").Value);
        Assert.Contains("Host=eci-postgres;", direct, StringComparison.Ordinal);
        // The catalog's LISTEN cannot go through transaction pooling: it takes the direct connection string.
        var listener = api.Env.Single(e => e.Name == "ConnectionStrings__CatalogChanges").ValueFrom.SecretKeyRef;
        Assert.Equal(("eci-secrets", "ConnectionStrings__Postgres"), (listener.Name, listener.Key));
        Assert.DoesNotContain(job.Env ?? [], e => e.Name is "ConnectionStrings__Postgres" or "Database__PgBouncer");
        Assert.DoesNotContain(job.EnvFrom, source => source.SecretRef?.Name == pooled.Name);
    }

    [Fact]
    public void Keep_a_pod_through_voluntary_disruptions()
    {
        var pdb = KubernetesManifests.All().OfType<V1PodDisruptionBudget>().Single();

        Assert.Equal(KubernetesManifests.Deployment().Spec.Selector.MatchLabels, pdb.Spec.Selector.MatchLabels);
        Assert.Equal("1", pdb.Spec.MinAvailable?.Value);
    }

    [Fact]
    public void Migrate_once_in_a_job_and_never_in_the_replicas()
    {
        var job = KubernetesManifests.MigrationJob();
        var config = KubernetesManifests.All().OfType<V1ConfigMap>().Single(c => c.Metadata.Name == "eci-config");

        Assert.Equal(["migrate"], Assert.Single(job.Spec.Template.Spec.Containers).Args);
        Assert.Equal("Never", job.Spec.Template.Spec.RestartPolicy);
        Assert.Equal("false", config.Data["Database__MigrateOnStartup"]);
    }

    [Fact]
    public void Ship_only_placeholders_in_the_secret_template()
    {
        var secrets = KubernetesManifests.All().OfType<V1Secret>().ToList();

        Assert.NotEmpty(secrets);
        Assert.All(secrets, s =>
        {
            Assert.Null(s.Data);
            Assert.All(s.StringData, pair => Assert.Contains("REPLACE_ME", pair.Value, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Use_pinned_images()
    {
        var images = KubernetesManifests.AllContainers().Select(c => c.Container.Image).ToList();

        Assert.NotEmpty(images);
        Assert.All(images, image => Assert.True(ImageReference.IsPinned(image), $"{image} is not pinned to a tag"));
    }
}
