using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Eci.Shared.Persistence;

public static class UtcDateTimes
{
    /// <summary>
    /// Stores every DateTime as UTC and reads it back marked as UTC. SQLite keeps no kind, so without this a time read
    /// back would lose its "Z" in the API. A time of unspecified kind is taken to be UTC already (times here are UTC by
    /// rule), so it is never shifted by the server's local time zone.
    /// </summary>
    public static ModelConfigurationBuilder UseUtcDateTimes(this ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTime>().HaveConversion<UtcConverter>();
        return configuration;
    }

    /// <summary>Public because the modules' compiled models (generated code) construct it.</summary>
    public sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
