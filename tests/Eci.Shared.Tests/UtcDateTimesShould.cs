using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Eci.Shared.Tests;

/// <summary>These tests switch the process's local time zone, so they run apart from every other test.</summary>
[CollectionDefinition(nameof(LocalTimeZone), DisableParallelization = true)]
public sealed class LocalTimeZone
{
    /// <summary>Runs <paramref name="work"/> with the local time zone set to <paramref name="zone"/>, then restores it.</summary>
    public static T Use<T>(string zone, Func<T> work)
    {
        var previous = Environment.GetEnvironmentVariable("TZ");
        Environment.SetEnvironmentVariable("TZ", zone);
        TimeZoneInfo.ClearCachedData();
        try
        {
            Assert.Equal(zone, TimeZoneInfo.Local.Id);
            return work();
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", previous);
            TimeZoneInfo.ClearCachedData();
        }
    }
}

[Collection(nameof(LocalTimeZone))]
public sealed class UtcDateTimesShould
{
    [Fact]
    public void Store_a_time_of_unspecified_kind_as_utc_without_shifting_it()
    {
        var unspecified = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Unspecified);

        var stored = LocalTimeZone.Use("Asia/Kolkata", () => ToProvider(unspecified));

        Assert.Equal(unspecified.Ticks, stored.Ticks);
        Assert.Equal(DateTimeKind.Utc, stored.Kind);
    }

    [Fact]
    public void Store_a_local_time_converted_to_utc()
    {
        var stored = LocalTimeZone.Use("Asia/Kolkata", () => ToProvider(new DateTime(2026, 11, 23, 14, 30, 0, DateTimeKind.Local)));

        Assert.Equal(new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc), stored);
        Assert.Equal(DateTimeKind.Utc, stored.Kind);
    }

    [Fact]
    public void Read_a_stored_time_back_as_utc()
    {
        using var db = new TimesContext();

        var read = (DateTime)Converter(db).ConvertFromProvider(new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Unspecified))!;

        Assert.Equal(DateTimeKind.Utc, read.Kind);
        Assert.Equal(9, read.Hour);
    }

    private static DateTime ToProvider(DateTime value)
    {
        using var db = new TimesContext();
        return (DateTime)Converter(db).ConvertToProvider(value)!;
    }

    private static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter Converter(DbContext db) =>
        db.Model.FindEntityType(typeof(TimedRow))!.FindProperty(nameof(TimedRow.At))!.GetValueConverter()
        ?? throw new InvalidOperationException("UseUtcDateTimes set no converter.");

    private sealed class TimesContext : DbContext
    {
        public DbSet<TimedRow> Rows => Set<TimedRow>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=:memory:");

        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.UseUtcDateTimes();
    }

    private sealed class TimedRow
    {
        public int Id { get; set; }

        public DateTime At { get; set; }
    }
}
