using System.Diagnostics.Metrics;

namespace Eci.Testing;

/// <summary>
/// Counts the commands Npgsql itself runs in the caller's flow while it is alive, from its own operation metric: it
/// sees a command sent with ADO.NET, which no EF Core interceptor does, and one sent by EF Core alike. A measurement
/// is recorded on the flow that ran the command, so the host's background work is not counted.
/// </summary>
public sealed class NpgsqlOperationCount : IDisposable
{
    private static readonly AsyncLocal<NpgsqlOperationCount?> Current = new();
    private readonly MeterListener _listener = new();
    private int _count;

    private NpgsqlOperationCount()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Npgsql" && instrument.Name == "db.client.operation.duration")
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
        _listener.Start();
    }

    public int Count => Volatile.Read(ref _count);

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
