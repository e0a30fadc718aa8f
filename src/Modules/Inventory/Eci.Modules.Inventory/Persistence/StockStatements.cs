using System.Globalization;
using System.Text;
using Eci.Modules.Inventory.Domain;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Persistence;

// The ledger's guarded statements in set-based form, one statement where StockLedger would send one per stock item.
// Each row keeps StockLedger's guards, so a change that would oversell leaves its row alone. PostgreSQL and SQLite (3.33+) both take UPDATE ... FROM (VALUES ...) with a CTE, whose columns are
// column1, column2, ...; other engines go through StockLedger one item at a time.
internal sealed class StockStatements(InventoryDbContext db)
{
    // StockLedger's guards, on the stock row s and the change v (column2..4: on hand, reserved, committed).
    private static readonly string Guards =
        $"s.on_hand + v.column2 >= 0 AND s.on_hand + v.column2 <= {StockLimits.MaxOnHand} AND s.reserved + v.column3 >= 0 " +
        "AND s.committed + v.column4 >= 0 AND (s.on_hand + v.column2) - (s.reserved + v.column3) - (s.committed + v.column4) >= 0";

    // Parameter types for a transition's VALUES, which the engine cannot infer from a null (a reason, say).
    private static readonly string[] MovementColumnTypes =
        ["integer", "integer", "integer", "integer", "integer", "integer", "varchar", "integer", "varchar", "varchar", "uuid", "timestamptz"];

    public bool SetBased => db.Database.RunsOnPostgres() || db.Database.RunsOnSqlite();

    // A transition and its stock change and ledger entries as one statement needs PostgreSQL's writable CTEs.
    public bool SingleStatementTransitions => db.Database.RunsOnPostgres();

    // Applies the movements' deltas to their stock items (distinct items), all or none: returns how many items took
    // their change, that is all of them or 0, and on PostgreSQL what each changed item has available after the change,
    // read from the changed row itself (so from the latest version, whoever changed it just before). The rows are first
    // locked in id order (PostgreSQL re-checks the guards on the latest version of a row it waited for), and only when
    // every one passes are they changed; SQLite runs one writer at a time, so its check and change see the same rows.
    public async Task<(int Changed, IReadOnlyDictionary<int, int> AvailableAfter)> ApplyAsync(
        IReadOnlyList<StockMovement> movements, DateTime now, CancellationToken cancellationToken)
    {
        var args = new List<object> { now, movements.Count };
        var values = Values(movements, args, m => [m.StockItemId, m.OnHandDelta, m.ReservedDelta, m.CommittedDelta]);
        var table = db.TableOf<StockItem>();
        var update = $"UPDATE {table} AS s SET on_hand = s.on_hand + v.column2, reserved = s.reserved + v.column3, " +
                     $"committed = s.committed + v.column4, updated_at = {{0}} FROM v " +
                     $"WHERE s.id = v.column1 AND {Guards} AND (SELECT count(*) FROM held) = {{1}}";
        var npgsql = db.Database.RunsOnPostgres();
        var held = $"WITH v AS (VALUES {values}), held AS (SELECT s.id FROM {table} AS s JOIN v ON s.id = v.column1 WHERE {Guards}" +
                   $"{(npgsql ? " ORDER BY s.id FOR UPDATE OF s" : string.Empty)})";
        if (!npgsql)
        {
            var sql = held + " " + update;
            return (await db.Database.ExecuteSqlRawAsync(sql, args, cancellationToken), new Dictionary<int, int>());
        }

        var returning = $"{held}, u AS ({update} RETURNING s.id, s.on_hand - s.reserved - s.committed AS available) " +
                        "SELECT available AS \"Value\" FROM u ORDER BY id";
        var available = await db.Database.SqlQueryRaw<int>(returning, [.. args]).ToListAsync(cancellationToken);
        var ids = movements.Select(m => m.StockItemId).Order().ToList();
        return available.Count == ids.Count
            ? (ids.Count, ids.Zip(available).ToDictionary(x => x.First, x => x.Second))
            : (available.Count, new Dictionary<int, int>());
    }

    // Moves the reservation from the version it was read at (already changed in memory), applies the movements'
    // deltas and records them, all or none of the writes depending on the reservation still being at that version:
    // returns whether it was (moved) and the stock items that took their change. The ledger entries are written only
    // when every item took its change; otherwise the caller rolls the transaction back.
    public async Task<(bool Moved, IReadOnlySet<int> Applied)> TransitionAsync(
        Reservation reservation, int readVersion, IReadOnlyList<StockMovement> movements, CancellationToken cancellationToken)
    {
        var args = new List<object>
        {
            reservation.Id, reservation.Status, (object?)reservation.ExpiresAt ?? DBNull.Value, reservation.UpdatedAt, reservation.Version,
            readVersion, movements.Count,
        };
        var values = Values(movements, args, m =>
        [
            m.StockItemId, m.OnHandDelta, m.ReservedDelta, m.CommittedDelta, m.ProductId, m.WarehouseId, m.Type, m.Quantity,
            m.Reason, m.Reference, m.ReservationId, m.OccurredAt,
        ], MovementColumnTypes);
        var sql =
            $"WITH r AS (UPDATE {db.TableOf<Reservation>()} SET status = {{1}}, expires_at = {{2}}::timestamptz, updated_at = {{3}}, version = {{4}} " +
            $"WHERE id = {{0}} AND version = {{5}} RETURNING id), " +
            $"v AS (VALUES {values}), " +
            $"s AS (UPDATE {db.TableOf<StockItem>()} AS s SET on_hand = s.on_hand + v.column2, reserved = s.reserved + v.column3, " +
            $"committed = s.committed + v.column4, updated_at = {{3}} FROM v WHERE s.id = v.column1 AND EXISTS (SELECT 1 FROM r) AND {Guards} RETURNING s.id), " +
            $"m AS (INSERT INTO {db.TableOf<StockMovement>()} (stock_item_id, on_hand_delta, reserved_delta, committed_delta, product_id, " +
            $"warehouse_id, type, quantity, reason, reference, reservation_id, occurred_at) SELECT * FROM v WHERE (SELECT count(*) FROM s) = {{6}}) " +
            "SELECT id AS \"Value\" FROM s UNION ALL SELECT 0 FROM r";
        var ids = await db.Database.SqlQueryRaw<int>(sql, [.. args]).ToListAsync(cancellationToken);
        return (ids.Contains(0), ids.Where(id => id != 0).ToHashSet());
    }

    // One VALUES row per movement, in stock item order so that concurrent statements lock rows in the same order.
    private static string Values(IReadOnlyList<StockMovement> movements, List<object> args, Func<StockMovement, object?[]> row, string[]? types = null)
    {
        var sql = new StringBuilder();
        foreach (var movement in movements.OrderBy(m => m.StockItemId))
        {
            var fields = row(movement);
            var placeholders = fields.Select((field, i) =>
            {
                args.Add(field ?? DBNull.Value);
                var placeholder = "{" + (args.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
                return types is null ? placeholder : $"{placeholder}::{types[i]}";
            });
            sql.Append(sql.Length == 0 ? "(" : ", (").AppendJoin(", ", placeholders).Append(')');
        }

        return sql.ToString();
    }
}
