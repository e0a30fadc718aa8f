using Eci.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.AdminTests;

/// <summary>The console's host whose mail server refuses every connection, so each e-mail fails at its one attempt.</summary>
public sealed class FailingMailConsoleHost : HostFixture
{
    public Uri Address => new(Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    protected override string SkipReason => InstalledBrowser.SkipReason;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Modules:Notifications:Email:Sender"] = "smtp",
        ["Modules:Notifications:Smtp:Host"] = "127.0.0.1",
        ["Modules:Notifications:Smtp:Port"] = "9",
        ["Modules:Notifications:Smtp:Security"] = "None",
        ["Modules:Notifications:Smtp:TimeoutSeconds"] = "2",
        ["Modules:Notifications:Delivery:MaxAttempts"] = "1",
        ["Modules:Notifications:Delivery:PollMilliseconds"] = "200",
    };

    protected override TestDatabase? CreateDatabase() => InstalledBrowser.Present ? new SqliteTestDatabase() : null;

    protected override void ConfigureFactory(EciHostFactory factory) => factory.UseKestrel(0);
}
