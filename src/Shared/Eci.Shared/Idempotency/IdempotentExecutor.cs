using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Eci.Shared.Errors;
using Eci.Shared.Http;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Shared.Idempotency;

/// <summary>
/// Runs an effect at most once per key (Stripe's rules): the same key and request replays the stored outcome, the
/// same key with another request is a 422. The key is written in the effect's own transaction, completed with its
/// answer, so the first attempt costs no statement of its own (EF batches it with the effect's writes), neither exists
/// without the other, and a retry sent meanwhile waits on the key's row for the outcome instead of racing it.
/// </summary>
public sealed class IdempotentExecutor(TimeProvider clock, IdempotencyContext context, IOptions<IdempotencyOptions> options)
{
    private const int Attempts = 3;
    private static readonly JsonSerializerOptions Json = EciJson.Create();
    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private TimeSpan Lease => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    /// <summary>
    /// Runs the effect and saves what it tracked; the effect need not call SaveChanges itself. <paramref name="location"/>
    /// names the resource a success created, kept with the key so that it can be inspected.
    /// </summary>
    public async Task<TResponse> ExecuteAsync<TResponse>(DbContext db, IdempotentRequest request, Func<CancellationToken, Task<TResponse>> effect, CancellationToken cancellationToken,
        Func<TResponse, string>? location = null)
    {
        if (string.IsNullOrWhiteSpace(request.Key))
        {
            return await db.InTransactionAsync(async ct =>
            {
                var response = await effect(ct);
                await db.SaveChangesAsync(ct);
                return response;
            }, cancellationToken);
        }

        var key = $"{request.Scope}:{request.Key.Trim()}";
        var hash = Hash(request);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await db.InTransactionAsync(ct => RunAsync(db, key, hash, request.Operation, effect, location, ct), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The key is written with the effect, so a retry learns of an earlier outcome only here: from the
                // key's row colliding, or from the effect refusing what the earlier attempt already did.
                db.ChangeTracker.Clear();
                var existing = await FindAsync(db, key, cancellationToken);
                // A 5xx problem passes (a processor that is down): the retry should run again, so it is not an outcome.
                if (existing is null && ex is ProblemException { StatusCode: < 500 } problem)
                {
                    if (await TryStoreProblemAsync(db, key, hash, request.Operation, problem))
                    {
                        throw;
                    }

                    existing = await FindAsync(db, key, cancellationToken);
                }

                if (existing is null)
                {
                    throw;
                }

                if (existing.RequestHash != hash)
                {
                    throw new IdempotencyKeyReusedException();
                }

                if (existing.Status == IdempotencyRecord.Completed && existing.ExpiresAt > clock.GetUtcNow().UtcDateTime)
                {
                    context.Replayed = true;
                    return Replay<TResponse>(existing);
                }

                if (attempt == Attempts || !await ReleaseStaleAsync(db, key, cancellationToken))
                {
                    throw new IdempotencyKeyInFlightException();
                }
            }
        }
    }

    private static Task<IdempotencyRecord?> FindAsync(DbContext db, string key, CancellationToken cancellationToken) =>
        db.Set<IdempotencyRecord>().AsNoTracking().FirstOrDefaultAsync(k => k.Key == key, cancellationToken);

    private async Task<TResponse> RunAsync<TResponse>(DbContext db, string key, string hash, string operation,
        Func<CancellationToken, Task<TResponse>> effect, Func<TResponse, string>? location, CancellationToken cancellationToken)
    {
        var record = NewRecord(key, hash, operation);
        db.Add(record);
        var response = await effect(cancellationToken);
        record.Status = IdempotencyRecord.Completed;
        record.ResponseBody = JsonSerializer.Serialize(response, Json);
        record.Location = location?.Invoke(response);
        await db.SaveChangesAsync(cancellationToken);
        return response;
    }

    // A refusal is an outcome too: a retry gets the same problem. False when another attempt stored its outcome first.
    private async Task<bool> TryStoreProblemAsync(DbContext db, string key, string hash, string operation, ProblemException problem)
    {
        var failure = new StoredProblem(problem.Code, problem.Title, problem.Message, problem.Extensions.ToDictionary());
        var record = NewRecord(key, hash, operation);
        record.Status = IdempotencyRecord.Completed;
        record.ProblemStatus = problem.StatusCode;
        record.ResponseBody = JsonSerializer.Serialize(failure, Json);
        db.Add(record);
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
            return true;
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    // An expired key, or an in-flight one whose holder's lease ran out (kept by versions that claimed keys in a
    // transaction of their own), gives way to this attempt.
    private async Task<bool> ReleaseStaleAsync(DbContext db, string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<IdempotencyRecord>()
            .Where(k => k.Key == key && (k.ExpiresAt <= now || (k.Status == IdempotencyRecord.InFlight && k.LockedUntil <= now)))
            .ExecuteDeleteAsync(cancellationToken) == 1;
    }

    private IdempotencyRecord NewRecord(string key, string hash, string operation)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new IdempotencyRecord { Key = key, RequestHash = hash, Operation = operation, CreatedAt = now, LockedUntil = now + Lease, ExpiresAt = now + Retention };
    }

    private static TResponse Replay<TResponse>(IdempotencyRecord record)
    {
        if (record.ProblemStatus is { } status)
        {
            var problem = JsonSerializer.Deserialize<StoredProblem>(record.ResponseBody!, Json)!;
            var replayed = new StoredProblemException(status, problem.Code, problem.Title, problem.Detail);
            foreach (var (name, value) in problem.Extensions ?? [])
            {
                replayed.Extensions[name] = value;
            }

            throw replayed;
        }

        return JsonSerializer.Deserialize<TResponse>(record.ResponseBody!, Json)!;
    }

    private static string Hash(IdempotentRequest request) => Convert.ToHexString(SHA256.HashData(
        Encoding.UTF8.GetBytes(request.Operation + "\n" + JsonSerializer.Serialize(request.Request, request.Request.GetType(), Json))));

    private sealed record StoredProblem(string Code, string Title, string Detail, Dictionary<string, object?>? Extensions);
}
