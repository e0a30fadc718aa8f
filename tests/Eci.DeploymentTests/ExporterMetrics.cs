namespace Eci.DeploymentTests;

/// <summary>The metrics of postgres-exporter and mysqld-exporter the dashboard charts; the host exports none of them.</summary>
internal static class ExporterMetrics
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "pg_stat_database_numbackends",
        "pg_settings_max_connections",
        "mysql_global_status_threads_connected",
        "mysql_global_variables_max_connections",
    ];
}
