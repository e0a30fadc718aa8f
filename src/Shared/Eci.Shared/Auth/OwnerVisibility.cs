using System.Linq.Expressions;
using Eci.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace Eci.Shared.Auth;

/// <summary>
/// The one rule for records that belong to a customer: an admin sees all of them, a customer only their own, and a
/// record someone may not see is answered as if it did not exist (404), so ids cannot be probed.
/// </summary>
public static class OwnerVisibility
{
    /// <summary>The records the caller may see: all for an admin, the caller's own for a customer, none for anyone else.</summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> source, Caller caller, Expression<Func<T, int>> owner)
    {
        if (caller.IsAdmin)
        {
            return source;
        }

        if (caller.CustomerId is not { } customerId)
        {
            return source.Where(_ => false);
        }

        // A closure, so the id is a query parameter rather than a constant baked into the SQL.
        Expression<Func<int>> id = () => customerId;
        var owns = Expression.Lambda<Func<T, bool>>(Expression.Equal(owner.Body, id.Body), owner.Parameters);
        return source.Where(owns);
    }

    /// <summary>The record matching <paramref name="match"/> if the caller may see it; otherwise 404 for <paramref name="resource"/>.</summary>
    public static async Task<T> FindVisibleAsync<T>(
        this IQueryable<T> source, Expression<Func<T, bool>> match, Caller caller, Func<T, int> owner, string resource, object id,
        CancellationToken cancellationToken)
    {
        var found = await source.FirstOrDefaultAsync(match, cancellationToken);
        return found is not null && caller.MayActFor(owner(found)) ? found : throw new NotFoundException(resource, id);
    }
}
