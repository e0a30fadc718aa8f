using Eci.Shared.Contracts;
using Eci.Shared.Csv;

namespace Eci.Shared.Seeding;

/// <summary>A seed row that passed its module's validation: its line, the id it keeps, and its natural key.</summary>
public interface ISeedRow
{
    int Line { get; }

    int Id { get; }

    /// <summary>The natural key, normalised (an upper-case SKU, a lower-case email).</summary>
    string Key { get; }
}

/// <summary>
/// The rules every seed import follows: validate each row, keep the first of rows sharing an id or natural key, and
/// reconcile with what is stored — insert what is new, update what changed, reject what clashes — reporting each
/// rejected row with its line and reason instead of stopping.
/// </summary>
public static class SeedImport
{
    /// <summary>Parses every row; a row is rejected with the parser's reason, or as a repeat of an earlier id or key.</summary>
    public static List<T> Accept<T>(IEnumerable<CsvRow> rows, Func<CsvRow, (T? Row, string? Reason)> parse, string idName, string keyName, List<ImportRejection> rejected)
        where T : class, ISeedRow
    {
        var accepted = new List<T>();
        var firstById = new Dictionary<int, int>();
        var firstByKey = new Dictionary<string, int>();
        foreach (var csv in rows)
        {
            var (row, reason) = parse(csv);
            if (row is not null && firstById.TryGetValue(row.Id, out var idLine))
            {
                reason = $"duplicate {idName} {row.Id} (first on line {idLine}).";
            }
            else if (row is not null && firstByKey.TryGetValue(row.Key, out var keyLine))
            {
                reason = $"duplicate {keyName} '{row.Key}' (first on line {keyLine}).";
            }

            if (row is null || reason is not null)
            {
                rejected.Add(new(csv.Line, reason ?? "the row could not be read."));
                continue;
            }

            firstById[row.Id] = csv.Line;
            firstByKey[row.Key] = csv.Line;
            accepted.Add(row);
        }

        return accepted;
    }

    /// <summary>
    /// Matches candidates to stored records by id and key. A candidate whose key belongs to another id, or whose id
    /// belongs to another key, is rejected; otherwise it is inserted, or the stored record is updated when it differs.
    /// </summary>
    public static (int Inserted, int Updated, int Unchanged) Reconcile<TRow, TEntity>(
        IEnumerable<TRow> candidates,
        IEnumerable<TEntity> stored,
        Func<TEntity, int> idOf,
        Func<TEntity, string> keyOf,
        Action<TRow> insert,
        Func<TEntity, TRow, bool> update,
        string idName,
        string keyName,
        List<ImportRejection> rejected)
        where TRow : ISeedRow
    {
        var list = stored.ToList();
        var byId = list.ToDictionary(idOf);
        var byKey = list.ToDictionary(keyOf);
        int inserted = 0, updated = 0, unchanged = 0;
        foreach (var row in candidates)
        {
            byId.TryGetValue(row.Id, out var sameId);
            byKey.TryGetValue(row.Key, out var sameKey);
            if (sameKey is not null && idOf(sameKey) != row.Id)
            {
                rejected.Add(new(row.Line, $"{keyName} '{row.Key}' already belongs to {idName} {idOf(sameKey)}."));
            }
            else if (sameId is not null && keyOf(sameId) != row.Key)
            {
                rejected.Add(new(row.Line, $"{idName} {row.Id} already belongs to another {keyName}."));
            }
            else if (sameId is null)
            {
                insert(row);
                inserted++;
            }
            else if (update(sameId, row))
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        return (inserted, updated, unchanged);
    }
}
