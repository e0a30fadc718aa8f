using System.Diagnostics.Metrics;
using Eci.Shared.Persistence;

namespace Eci.Testing;

/// <summary>
/// Counts the commands Npgsql itself runs in the caller's flow while it is alive, from its own operation metric: it
/// sees a command sent with ADO.NET, which no EF Core interceptor does, and one sent by EF Core alike. A measurement
/// is recorded on the flow that ran the command, so the host's background work is not counted. Beside it, what the
/// host's own command counter (<c>eci_db_commands_total</c>) recorded in the same flow.
/// </summary>
public sealed class NpgsqlOperationCount : IDisposable
{
    private static readonly AsyncLocal<NpgsqlOperationCount?> Current = new();
    private readonly MeterListener _listener = new();
    private int _count;
    private int _hostCount;

    private NpgsqlOperationCount()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if ((instrument.Meter.Name == "Npgsql" && instrument.Name == "db.client.operation.duration")
                || (instrument.Meter.Name == CommandCounter.MeterName && instrument.Name == "db_commands_total"))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, _, _, _) =>
        {
            if (Current.Value == this)
            {
                Interlocked.Increment(ref _count);
            }
        });
        _listener.SetMeasurementEventCallback<long>((_, _, _, _) =>
        {
            if (Current.Value == this)
            {
                Interlocked.Increment(ref _hostCount);
            }
        });
        _listener.Start();
    }

    public int Count => Volatile.Read(ref _count);

    /// <summary>The commands the host's counter saw in the flow.</summary>
    public int HostCount => Volatile.Read(ref _hostCount);

    /// <summary>Starts counting; set in a synchronous method, so that the caller's awaits carry it.</summary>
    public static NpgsqlOperationCount Start()
    {
        var count = new NpgsqlOperationCount();
        Current.Value = count;
        return count;
    }

    public void Dispose()
    {
        if (Current.Value == this)
        {
            Current.Value = null;
        }

        _listener.Dispose();
    }
}
