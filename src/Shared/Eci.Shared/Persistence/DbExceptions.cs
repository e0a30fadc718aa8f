using Eci.Shared.Persistence.MySql;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MySql.Data.MySqlClient;
using Npgsql;

namespace Eci.Shared.Persistence;

public static class DbExceptions
{
    private const int SqliteConstraint = 19;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>Whether the save failed on a unique index, on any provider.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        _ when MySqlDatabase.IsUniqueViolation(exception.InnerException) => true,
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>Whether PostgreSQL refused text it cannot store (a NUL character, or bytes invalid in the encoding).</summary>
    public static bool IsUnstorableText(this Exception exception) =>
        (exception as PostgresException ?? exception.InnerException as PostgresException)?.SqlState
            is PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter;

    /// <summary>
    /// Whether the database could not be reached or is too busy to answer: a lost or refused connection, an exhausted
    /// pool, a timeout, or SQLite's file lock. Errors the server reports about the statement itself are not this.
    /// </summary>
    public static bool IsDatabaseUnavailable(this Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    return pg.SqlState is PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections
                        or PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown;
                case NpgsqlException:
                    return true;
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked;
                case MySqlException mysql:
                    return MySqlDatabase.IsUnavailable(mysql);
            }
        }

        return false;
    }
}
