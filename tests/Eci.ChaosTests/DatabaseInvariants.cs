using Eci.Testing;
using Npgsql;

namespace Eci.ChaosTests;

/// <summary>The cross-module invariants read straight from the modules' databases, not through the API.</summary>
internal static class DatabaseInvariants
{
    public static async Task CheckAsync(KillDuringCheckoutTests.InvariantCheck check, PostgresTestDatabase database, string keyPrefix, int answeredKeys, CancellationToken ct)
    {
        var orders = await ScalarAsync(database, "Orders", "SELECT count(*) FROM orders.orders", ct);
        var keys = await ScalarAsync(database, "Orders", $"SELECT count(*) FROM orders.idempotency_keys WHERE key LIKE '%:{keyPrefix}%'", ct);
        check.That(orders == answeredKeys && keys == answeredKeys, $"{answeredKeys} keys were answered; the orders database holds {orders} orders and {keys} keys");

        var fulfilled = await ScalarAsync(database, "Orders", "SELECT count(*) FROM orders.orders WHERE status IN ('fulfilling', 'completed')", ct);
        var captured = await ScalarAsync(database, "Payments", "SELECT count(*) FROM payments.payments WHERE status = 'succeeded'", ct);
        check.That(fulfilled == captured, $"{fulfilled} fulfilled orders but {captured} payments kept");

        var sold = await ScalarAsync(database, "Orders",
            "SELECT coalesce(sum(l.quantity), 0) FROM orders.order_lines l JOIN orders.orders o ON o.id = l.order_id WHERE o.status IN ('fulfilling', 'completed')", ct);
        var committed = await ScalarAsync(database, "Inventory", "SELECT coalesce(sum(committed), 0) FROM inventory.stock_items", ct);
        check.That(sold == committed, $"the fulfilled orders sold {sold} units, the stock has {committed} committed");

        var oversold = await ScalarAsync(database, "Inventory",
            "SELECT count(*) FROM inventory.stock_items WHERE on_hand - reserved - committed < 0 OR reserved <> 0", ct);
        check.That(oversold == 0, $"{oversold} stock items are oversold or still hold stock");

        var unexplained = await ScalarAsync(database, "Inventory",
            "SELECT count(*) FROM inventory.stock_items s LEFT JOIN (SELECT stock_item_id, sum(on_hand_delta) AS on_hand, sum(reserved_delta) AS reserved, " +
            "sum(committed_delta) AS committed FROM inventory.stock_movements GROUP BY stock_item_id) m ON m.stock_item_id = s.id " +
            "WHERE s.on_hand <> coalesce(m.on_hand, 0) OR s.reserved <> coalesce(m.reserved, 0) OR s.committed <> coalesce(m.committed, 0)", ct);
        check.That(unexplained == 0, $"{unexplained} stock items differ from their ledger");
    }

    private static async Task<long> ScalarAsync(PostgresTestDatabase database, string module, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString(module));
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
