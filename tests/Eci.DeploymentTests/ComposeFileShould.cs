using Xunit;
using YamlDotNet.RepresentationModel;

namespace Eci.DeploymentTests;

public sealed class ComposeFileShould
{
    [Fact]
    public void Start_the_host_after_a_healthy_database_and_a_successful_migration()
    {
        var dependsOn = Compose.Service("eci").Mapping("depends_on");

        Assert.Equal("service_healthy", dependsOn.Mapping("postgres").Text("condition"));
        Assert.Equal("service_completed_successfully", dependsOn.Mapping("eci-migrate").Text("condition"));
        Assert.NotNull(Compose.Service("postgres").Child("healthcheck"));
        Assert.Equal("service_healthy", Compose.Service("eci-migrate").Mapping("depends_on").Mapping("postgres").Text("condition"));
    }

    [Fact]
    public void Migrate_then_seed_in_the_one_shot_service()
    {
        var command = string.Join(' ', Compose.Service("eci-migrate").Items("entrypoint").Cast<YamlScalarNode>().Select(n => n.Value));

        var migrate = command.IndexOf("Eci.Host.dll migrate", StringComparison.Ordinal);
        var seed = command.IndexOf("Eci.Host.dll seed", StringComparison.Ordinal);
        Assert.True(migrate >= 0, "eci-migrate does not run migrate");
        Assert.True(seed > migrate, "eci-migrate does not run seed after migrate");
        Assert.Contains("&&", command, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_the_host_services_on_postgres_without_migrating_at_start_up()
    {
        Assert.All(Compose.HostServices, service =>
        {
            Assert.Equal("postgres", Compose.EnvironmentValue(service, "Database__Provider"));
            Assert.Equal("false", Compose.EnvironmentValue(service, "Database__MigrateOnStartup"));
        });
    }

    [Fact]
    public void Serve_through_pgbouncer_in_transaction_mode_and_migrate_directly()
    {
        var pgbouncer = Compose.Service("pgbouncer");
        var port = pgbouncer.Mapping("environment").Text("LISTEN_PORT");

        Assert.Equal("transaction", pgbouncer.Mapping("environment").Text("POOL_MODE"));
        Assert.Contains($"Host=pgbouncer;Port={port};", Compose.EnvironmentValue("eci", "ConnectionStrings__Postgres"), StringComparison.Ordinal);
        Assert.Equal("true", Compose.EnvironmentValue("eci", "Database__PgBouncer"));
        Assert.Contains("Host=postgres;", Compose.EnvironmentValue("eci-migrate", "ConnectionStrings__Postgres"), StringComparison.Ordinal);
        Assert.Null(Compose.EnvironmentValue("eci-migrate", "Database__PgBouncer"));
        Assert.Equal("service_started", Compose.Service("eci").Mapping("depends_on").Mapping("pgbouncer").Text("condition"));
    }

    [Fact]
    public void Keep_pgbouncer_and_the_migration_within_the_servers_connections()
    {
        var pgbouncer = Compose.Service("pgbouncer").Mapping("environment");
        var maxConnections = Budget.MaxConnections(Compose.Service("postgres").Items("command").Cast<YamlScalarNode>().Select(n => n.Value!));
        var poolSize = Budget.Number(Compose.EnvironmentValue("eci", "Database__MaxPoolSize"));
        var serverSide = Budget.Number(pgbouncer.Text("MAX_USER_CONNECTIONS"));

        Assert.True(Budget.Number(pgbouncer.Text("MAX_DB_CONNECTIONS")) * Budget.Modules >= serverSide, "MAX_USER_CONNECTIONS can never be reached");
        Assert.True(serverSide + (Budget.Modules * poolSize) + Budget.ReservedForAdministrators <= maxConnections,
            $"PgBouncer's {serverSide} + migrate's {Budget.Modules} x {poolSize} exceed max_connections={maxConnections}");
        Assert.True(Budget.Modules * poolSize <= Budget.Number(pgbouncer.Text("MAX_CLIENT_CONN")), "one replica's pools exceed PgBouncer's MAX_CLIENT_CONN");
    }

    [Fact]
    public void Send_mail_to_the_smtp_catcher()
    {
        var host = Compose.EnvironmentValue("eci", "Modules__Notifications__Smtp__Host");
        var port = Compose.EnvironmentValue("eci", "Modules__Notifications__Smtp__Port");

        Assert.NotNull(host);
        var catcher = Compose.Service(host);
        Assert.Contains(catcher.Items("ports").Cast<YamlScalarNode>(), p => p.Value!.EndsWith(":" + port, StringComparison.Ordinal));
    }

    [Fact]
    public void Pin_every_image()
    {
        var images = Compose.Services().Children.Values.Select(service => service.Text("image")).ToList();

        Assert.All(images, image => Assert.True(image is not null && ImageReference.IsPinned(image), $"{image ?? "(no image)"} is not pinned"));
    }

    [Fact]
    public void Mount_only_files_that_exist()
    {
        var sources = Compose.Services().Children.Values
            .SelectMany(service => service.Items("volumes").Cast<YamlScalarNode>())
            .Select(volume => volume.Value!.Split(':')[0])
            .Where(source => source.StartsWith("./", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.True(
            File.Exists(Repository.PathOf(source[2..])) || Directory.Exists(Repository.PathOf(source[2..])), $"{source} does not exist"));
    }

    [Fact]
    public void Load_the_alert_rules_where_prometheus_looks_for_them()
    {
        var ruleFiles = Repository.ReadYaml("deploy/prometheus/prometheus.yml").Items("rule_files").Cast<YamlScalarNode>().Select(n => n.Value).ToList();
        var mounts = Compose.Service("prometheus").Items("volumes").Cast<YamlScalarNode>().Select(v => v.Value!.Split(':')).ToList();

        var ruleFile = Assert.Single(ruleFiles);
        var mount = Assert.Single(mounts, m => m[1] == ruleFile);
        Assert.Equal("./k8s/monitoring/alert-rules.yml", mount[0]);
    }
}
