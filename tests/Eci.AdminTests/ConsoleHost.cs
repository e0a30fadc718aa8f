using Eci.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.AdminTests;

/// <summary>The real host on a real port (the browser needs one), on SQLite; not started when no browser is installed.</summary>
public sealed class ConsoleHost : HostFixture
{
    /// <summary>Where Kestrel listens, as the browser reaches it.</summary>
    public Uri Address => new(Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    protected override string SkipReason => InstalledBrowser.SkipReason;

    protected override TestDatabase? CreateDatabase() => InstalledBrowser.Present ? new SqliteTestDatabase() : null;

    protected override void ConfigureFactory(EciHostFactory factory) => factory.UseKestrel(0);
}
