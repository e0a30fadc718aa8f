namespace Eci.Testing;

/// <summary>
/// The series the alert rules and the dashboard may use. The deployment tests check the monitoring files use no
/// other; RealHostMetricsTests checks a real host process serves them all.
/// </summary>
public static class MonitoredMetrics
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "up",
        "http_server_request_duration_seconds_bucket",
        "http_server_request_duration_seconds_count",
        "http_server_request_duration_seconds_sum",
        "orders_placed_total",
        "payments_completed_total",
        "payments_failed_total",
        "eci_payment_processor_circuit_state",
        "inventory_reservations_total",
        "inventory_available_stock",
        "checkout_duration_seconds_bucket",
        "checkout_duration_seconds_count",
        "checkout_duration_seconds_sum",
        "order_value_sum",
        "order_value_count",
        "db_client_connection_count",
    ];
}
