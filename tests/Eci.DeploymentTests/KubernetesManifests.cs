using k8s;
using k8s.Models;

namespace Eci.DeploymentTests;

/// <summary>The manifests under k8s/ (not the kustomization itself), loaded strictly: an unknown field fails.</summary>
internal static class KubernetesManifests
{
    public const string HostImageRepository = "registry.example.com/eci/eci-host";

    public static IReadOnlyList<string> Files { get; } = Directory.GetFiles(Repository.PathOf("k8s"), "*.yaml")
        .Select(Path.GetFileName)
        .OfType<string>()
        .Where(name => name != "kustomization.yaml")
        .Order(StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<object> Load(string file) => KubernetesYaml.LoadAllFromString(Repository.Read("k8s/" + file), strict: true);

    public static IReadOnlyList<object> All() => Files.SelectMany(Load).ToList();

    public static V1Deployment Deployment() => All().OfType<V1Deployment>().Single(d => d.Metadata.Name == "eci");

    public static V1Deployment PgBouncer() => All().OfType<V1Deployment>().Single(d => d.Metadata.Name == "eci-pgbouncer");

    public static V1Job MigrationJob() => All().OfType<V1Job>().Single(j => j.Metadata.Name == "eci-migrate");

    /// <summary>Every container that runs the host image, with the pod spec it belongs to.</summary>
    public static IReadOnlyList<(string Workload, V1PodSpec Pod, V1Container Container)> HostContainers()
    {
        var deployment = Deployment();
        var job = MigrationJob();
        return deployment.Spec.Template.Spec.Containers.Select(c => ($"Deployment/{deployment.Metadata.Name}", deployment.Spec.Template.Spec, c))
            .Concat(job.Spec.Template.Spec.Containers.Select(c => ($"Job/{job.Metadata.Name}", job.Spec.Template.Spec, c)))
            .ToList();
    }

    public static IEnumerable<(string Workload, V1Container Container)> AllContainers() =>
        All().SelectMany(manifest => manifest switch
        {
            V1Deployment d => Containers($"Deployment/{d.Metadata.Name}", d.Spec.Template.Spec),
            V1StatefulSet s => Containers($"StatefulSet/{s.Metadata.Name}", s.Spec.Template.Spec),
            V1Job j => Containers($"Job/{j.Metadata.Name}", j.Spec.Template.Spec),
            _ => [],
        });

    private static IEnumerable<(string, V1Container)> Containers(string workload, V1PodSpec pod) =>
        pod.Containers.Concat(pod.InitContainers ?? []).Select(c => (workload, c));
}
