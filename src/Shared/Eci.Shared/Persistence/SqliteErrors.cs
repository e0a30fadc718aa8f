using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Eci.Shared.Persistence;

/// <summary>
/// SQLite's error codes. Not inlined into the shared checks, so that a host on another engine never loads SQLite's
/// assembly to ask (see <see cref="ProviderChecks"/>).
/// </summary>
internal static class SqliteErrors
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int Constraint = 19;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool IsUniqueViolation(DbException exception) => exception is SqliteException { SqliteErrorCode: Constraint } sqlite
        && sqlite.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase);

    /// <summary>The database file is locked by another writer.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool IsBusy(DbException exception) => exception is SqliteException { SqliteErrorCode: Busy or Locked };
}
