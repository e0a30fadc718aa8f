using System.Data.Common;
using Eci.Shared.Persistence.MySql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Eci.Shared.Persistence;

public static class Transactions
{
    private const int Attempts = 3;

    /// <summary>
    /// Runs work in one transaction of the module's database; nothing of it persists unless all of it does. When the
    /// database aborts the transaction to break a deadlock (or a serialization conflict), the work runs again from the
    /// start in a new transaction, so the work must be safe to repeat (every outside call it makes carries a key).
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this DbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.BeginAllOrNothingAsync(cancellationToken);
                var result = await work(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception ex) when (attempt < Attempts && IsTransientConflict(ex))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// Begins a transaction that commits whole or not at all. A failure anywhere rolls all of it back, so the savepoint EF
    /// would otherwise set and release around each SaveChanges (two statements no command count sees) would never be used.
    /// </summary>
    public static Task<IDbContextTransaction> BeginAllOrNothingAsync(this DbContext db, CancellationToken cancellationToken)
    {
        db.Database.AutoSavepointsEnabled = false;
        return db.Database.BeginTransactionAsync(cancellationToken);
    }

    /// <summary>A deadlock or serialization failure: nothing was written, and trying again is expected to work.</summary>
    public static bool IsTransientConflict(Exception exception) => exception switch
    {
        PostgresException pg => pg.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure,
        DbException other when SqliteErrors.IsBusy(other) || MySqlDatabase.IsTransientConflict(other) => true,
        _ => exception.InnerException is { } inner && IsTransientConflict(inner),
    };
}
