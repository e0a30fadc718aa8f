namespace Eci.Shared.Persistence;

/// <summary>The database engines a module can run on.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
