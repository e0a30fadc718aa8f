using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Eci.Shared.Persistence;

public static class DbExceptions
{
    private const int SqliteConstraint = 19;

    /// <summary>Whether the save failed on a unique index, on either provider.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>Whether PostgreSQL refused text it cannot store (a NUL character, or bytes invalid in the encoding).</summary>
    public static bool IsUnstorableText(this Exception exception) =>
        (exception as PostgresException ?? exception.InnerException as PostgresException)?.SqlState
            is PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter;
}
