using System.Data.Common;
using Eci.Shared.Persistence.MySql;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Eci.Shared.Persistence;

public static class DbExceptions
{
    /// <summary>Whether the save failed on a unique index, on any provider.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        DbException other => SqliteErrors.IsUniqueViolation(other) || MySqlDatabase.IsUniqueViolation(other),
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
                case DbException other when SqliteErrors.IsBusy(other) || MySqlDatabase.IsUnavailable(other):
                    return true;
            }
        }

        return false;
    }
}
