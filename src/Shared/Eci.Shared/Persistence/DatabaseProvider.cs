namespace Eci.Shared.Persistence;

/// <summary>The database engines a module can run on.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,

    /// <summary>MySQL 8 or MariaDB 10.11+, through Oracle's provider (docs/adr/0032).</summary>
    MySql,
}
