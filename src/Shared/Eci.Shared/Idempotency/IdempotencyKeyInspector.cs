using System.Globalization;
using Eci.Shared.Auth;
using Eci.Shared.Errors;

namespace Eci.Shared.Idempotency;

/// <summary>
/// Finds a client's key in every module's store. A caller sees only keys of its own scopes; an admin may name another
/// owner (a customer id, or a scope as stored, such as <c>reserve</c>). Anything else is a 404, as for an unknown key.
/// </summary>
public sealed class IdempotencyKeyInspector(IEnumerable<IIdempotencyKeyLookup> lookups)
{
    public async Task<IdempotencyKeyResponse> InspectAsync(string key, Caller caller, string? owner, CancellationToken cancellationToken)
    {
        var clientKey = key.Trim();
        IdempotencyKeyResponse? newest = null;
        if (clientKey.Length is > 0 and <= IdempotentRequest.MaxKeyLength)
        {
            foreach (var scope in ScopesOf(caller, owner))
            {
                foreach (var lookup in lookups)
                {
                    if (await lookup.FindAsync($"{scope}:{clientKey}", cancellationToken) is { } record
                        && (newest is null || record.CreatedAt > newest.FirstSeenAt))
                    {
                        newest = IdempotencyKeyResponse.From(clientKey, scope, lookup.Module, record);
                    }
                }
            }
        }

        return newest ?? throw new NotFoundException("Idempotency key", clientKey);
    }

    private static IEnumerable<string> ScopesOf(Caller caller, string? owner)
    {
        var named = owner?.Trim();
        if (caller.IsAdmin && !string.IsNullOrEmpty(named))
        {
            return int.TryParse(named, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? OwnScopes(id, isAdmin: true) : [named];
        }

        if (caller.CustomerId is not { } self)
        {
            return [];
        }

        var own = OwnScopes(self, caller.IsAdmin);
        // A customer may name an owner only to name themselves.
        return string.IsNullOrEmpty(named) || named == self.ToString(CultureInfo.InvariantCulture) || own.Contains(named) ? own : [];
    }

    private static string[] OwnScopes(int id, bool isAdmin) => isAdmin ? [$"customer:{id}", $"admin:{id}"] : [$"customer:{id}"];
}
