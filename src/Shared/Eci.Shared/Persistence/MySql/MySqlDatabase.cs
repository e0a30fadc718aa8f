using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MySql.Data.MySqlClient;

namespace Eci.Shared.Persistence.MySql;

/// <summary>
/// Everything ECI needs to run a module on MySQL or MariaDB with Oracle's provider (MySql.EntityFrameworkCore), and
/// every way it differs from the provider's defaults, in one place: replacing the provider is a change here only
/// (docs/adr/0032).
/// </summary>
public static class MySqlDatabase
{
    /// <summary>The collation of every text column: compares byte for byte, as PostgreSQL does, never ignoring case or accents.</summary>
    public const string BinaryCollation = "utf8mb4_bin";

    /// <summary>The provider's name, as <c>Database.ProviderName</c> reports it.</summary>
    public const string ProviderName = "MySql.EntityFrameworkCore";

    private const int DuplicateKey = 1062;
    private const int LockWaitTimeout = 1205;
    private const int Deadlock = 1213;

    // Too many connections, cannot connect, server shutting down, and the client's lost or refused connections.
    private static readonly int[] UnavailableNumbers = [1040, 1042, 1053, 2002, 2003, 2006, 2013];

    /// <summary>Applies the provider and its workarounds; the history table has no schema, since a MySQL database is the schema.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseMySQL(connectionString, mysql => mysql.MigrationsHistoryTable("__ef_migrations_history"))
            .ReplaceService<IHistoryRepository, MariaDbHistoryRepository>()
            .ReplaceService<IModelCustomizer, MySqlModelCustomizer>()
            .AddInterceptors(DeleteAliasInterceptor.Instance);

    // The error checks below are not inlined into the shared ones, so that a host on another engine never loads the
    // MySQL client's assembly to ask (see ProviderChecks).

    /// <summary>Whether the database refused a row because a unique index already has its key.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool IsUniqueViolation(DbException exception) => exception is MySqlException { Number: DuplicateKey };

    /// <summary>A deadlock, or a lock wait that timed out: the transaction was rolled back and may be tried again.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool IsTransientConflict(DbException exception) => exception is MySqlException { Number: Deadlock or LockWaitTimeout };

    /// <summary>Whether the server could not be reached or refused the connection, as opposed to refusing a statement.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool IsUnavailable(DbException exception) =>
        exception is MySqlException mysql && UnavailableNumbers.Contains(mysql.Number);
}
