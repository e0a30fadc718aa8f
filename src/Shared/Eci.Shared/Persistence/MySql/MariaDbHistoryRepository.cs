using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Eci.Shared.Persistence.MySql;

/// <summary>
/// The migrations history of a MySQL or MariaDB database. The provider's own takes its lock with an infinite timeout
/// (<c>GET_LOCK(…, -1)</c>), which MariaDB answers with NULL, so migrating fails there; this one waits a finite time,
/// for a lock named after the database so that migrations of other databases on the server never wait for it.
/// Idempotent scripts are not offered: MySQL has no conditional blocks outside stored programs.
/// </summary>
internal sealed class MariaDbHistoryRepository(HistoryRepositoryDependencies dependencies) : HistoryRepository(dependencies)
{
    /// <summary>Long enough for another replica's migration to finish; a release's migrate Job runs once anyway.</summary>
    internal const int LockTimeoutSeconds = 600;

    private const string LockName = "CONCAT('eci_migrations:', DATABASE())";

    public override LockReleaseBehavior LockReleaseBehavior => LockReleaseBehavior.Connection;

    protected override string ExistsSql =>
        "SELECT 1 FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = " +
        Dependencies.TypeMappingSource.GetMapping(typeof(string)).GenerateSqlLiteral(TableName) + ";";

    protected override bool InterpretExistsResult(object? value) => value is not null and not DBNull;

    public override string GetCreateIfNotExistsScript()
    {
        var script = GetCreateScript();
        const string create = "CREATE TABLE";
        return script.Insert(script.IndexOf(create, StringComparison.Ordinal) + create.Length, " IF NOT EXISTS");
    }

    public override IMigrationsDatabaseLock AcquireDatabaseLock()
    {
        Dependencies.MigrationsLogger.AcquiringMigrationLock();
        return Acquired(Command($"SELECT GET_LOCK({LockName}, {LockTimeoutSeconds})").ExecuteScalar(Parameters()));
    }

    public override async Task<IMigrationsDatabaseLock> AcquireDatabaseLockAsync(CancellationToken cancellationToken = default)
    {
        Dependencies.MigrationsLogger.AcquiringMigrationLock();
        var answer = await Command($"SELECT GET_LOCK({LockName}, {LockTimeoutSeconds})").ExecuteScalarAsync(Parameters(), cancellationToken);
        return Acquired(answer);
    }

    public override string GetBeginIfNotExistsScript(string migrationId) => throw IdempotentScriptsUnsupported();

    public override string GetBeginIfExistsScript(string migrationId) => throw IdempotentScriptsUnsupported();

    public override string GetEndIfScript() => throw IdempotentScriptsUnsupported();

    /// <summary>GET_LOCK answers 1 when granted, 0 when the wait timed out, NULL on an error.</summary>
    private MigrationLock Acquired(object? answer) => answer is not null and not DBNull && Convert.ToInt64(answer, System.Globalization.CultureInfo.InvariantCulture) == 1
        ? new MigrationLock(this, Command($"SELECT RELEASE_LOCK({LockName})"), Parameters())
        : throw new TimeoutException($"Another migration of this database held its lock for {LockTimeoutSeconds} s.");

    private IRelationalCommand Command(string sql) => Dependencies.RawSqlCommandBuilder.Build(sql);

    private RelationalCommandParameterObject Parameters() => new(
        Dependencies.Connection, null, null, Dependencies.CurrentContext.Context, Dependencies.CommandLogger, CommandSource.Migrations);

    private static NotSupportedException IdempotentScriptsUnsupported() =>
        new("Idempotent migration scripts are not supported on MySQL; apply migrations with 'Eci.Host migrate'.");

    private sealed class MigrationLock(IHistoryRepository repository, IRelationalCommand release, RelationalCommandParameterObject parameters)
        : IMigrationsDatabaseLock
    {
        public IHistoryRepository HistoryRepository => repository;

        public void Dispose() => release.ExecuteScalar(parameters);

        public async ValueTask DisposeAsync() => await release.ExecuteScalarAsync(parameters);
    }
}
