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
/// same key with another request is a 422, and a key still in flight is a 409. The effect and its key's outcome
/// commit in one transaction of the module's own database, so neither exists without the other.
/// </summary>
public sealed class IdempotentExecutor(TimeProvider clock, IdempotencyContext context, IOptions<IdempotencyOptions> options)
{
    private static readonly JsonSerializerOptions Json = EciJson.Create();
    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private TimeSpan Lease => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    public async Task<TResponse> ExecuteAsync<TResponse>(DbContext db, IdempotentRequest request, Func<CancellationToken, Task<TResponse>> effect, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Key))
        {
            return await db.InTransactionAsync(effect, cancellationToken);
        }

        var key = $"{request.Scope}:{request.Key.Trim()}";
        var hash = Hash(request);
        var stored = await ClaimAsync(db, key, hash, cancellationToken);
        if (stored is not null)
        {
            context.Replayed = true;
            return Replay<TResponse>(stored);
        }

        try
        {
            return await db.InTransactionAsync(async ct =>
            {
                var response = await effect(ct);
                await CompleteAsync(db, key, null, JsonSerializer.Serialize(response, Json), ct);
                return response;
            }, cancellationToken);
        }
        catch (ProblemException problem)
        {
            db.ChangeTracker.Clear();
            var failure = new StoredProblem(problem.Code, problem.Title, problem.Message, problem.Extensions.ToDictionary());
            await CompleteAsync(db, key, problem.StatusCode, JsonSerializer.Serialize(failure, Json), CancellationToken.None);
            throw;
        }
        catch
        {
            // Nothing happened: free the key so that a retry runs the effect.
            db.ChangeTracker.Clear();
            await db.Set<IdempotencyRecord>().Where(k => k.Key == key).ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>Claims the key for this request, or returns the completed record to replay.</summary>
    private async Task<IdempotencyRecord?> ClaimAsync(DbContext db, string key, string hash, CancellationToken cancellationToken)
    {
        var keys = db.Set<IdempotencyRecord>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            keys.Add(new IdempotencyRecord { Key = key, RequestHash = hash, CreatedAt = now, LockedUntil = now + Lease, ExpiresAt = now + Retention });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return null;
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                db.ChangeTracker.Clear();
            }

            var existing = await keys.AsNoTracking().FirstOrDefaultAsync(k => k.Key == key, cancellationToken);
            if (existing is null)
            {
                continue;
            }

            if (existing.ExpiresAt <= now)
            {
                await keys.Where(k => k.Key == key && k.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
                continue;
            }

            if (existing.RequestHash != hash)
            {
                throw new IdempotencyKeyReusedException();
            }

            if (existing.Status == IdempotencyRecord.Completed)
            {
                return existing;
            }

            // In flight: wait for its holder unless the holder's lease ran out (it crashed), then take it over.
            var taken = await keys.Where(k => k.Key == key && k.Status == IdempotencyRecord.InFlight && k.LockedUntil <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LockedUntil, now + Lease), cancellationToken);
            return taken == 1 ? null : throw new IdempotencyKeyInFlightException();
        }

        throw new IdempotencyKeyInFlightException();
    }

    private static Task<int> CompleteAsync(DbContext db, string key, int? problemStatus, string body, CancellationToken cancellationToken) =>
        db.Set<IdempotencyRecord>().Where(k => k.Key == key).ExecuteUpdateAsync(s => s
            .SetProperty(k => k.Status, IdempotencyRecord.Completed)
            .SetProperty(k => k.ProblemStatus, problemStatus)
            .SetProperty(k => k.ResponseBody, body), cancellationToken);

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
