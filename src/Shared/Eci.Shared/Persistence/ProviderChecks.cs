using Eci.Shared.Persistence.MySql;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Eci.Shared.Persistence;

/// <summary>
/// Which engine a context runs on, told from the provider's name. EF Core's own <c>IsSqlite()</c> and <c>IsNpgsql()</c>
/// live in the providers' assemblies, so asking them loads a provider the host does not use, ~1 MiB of resident memory
/// each; the same goes for the error checks, which ask the other engines' exception types only through methods kept
/// out of line.
/// </summary>
public static class ProviderChecks
{
    private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";
    private const string Postgres = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static bool RunsOnSqlite(this DatabaseFacade database) => database.ProviderName == Sqlite;

    public static bool RunsOnPostgres(this DatabaseFacade database) => database.ProviderName == Postgres;

    public static bool RunsOnMySql(this DatabaseFacade database) => database.ProviderName == MySqlDatabase.ProviderName;
}
