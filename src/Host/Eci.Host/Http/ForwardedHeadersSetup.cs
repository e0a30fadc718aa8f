using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Eci.Host.Http;

/// <summary>Takes the client's address from X-Forwarded-For, nearest hop only, and only from known proxies.</summary>
// Otherwise every client behind a proxy shares one sign-in rate limit, or any sender picks a fresh address per request.
internal static class ForwardedHeadersSetup
{
    private const string Section = "Http:ForwardedHeaders";

    public static IServiceCollection AddEciForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>($"{Section}:Enabled"))
        {
            return services;
        }

        // Parsed here, not in the options callback, so a bad value stops the host at start-up.
        var proxies = Read(configuration, "KnownProxies", IPAddress.Parse);
        var networks = Read(configuration, "KnownNetworks", IPNetwork.Parse);
        return services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1;
            if (proxies.Count > 0 || networks.Count > 0)
            {
                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
                proxies.ForEach(o.KnownProxies.Add);
                networks.ForEach(o.KnownIPNetworks.Add);
            }
        });
    }

    public static void UseEciForwardedHeaders(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>($"{Section}:Enabled"))
        {
            app.UseForwardedHeaders();
        }
    }

    private static List<T> Read<T>(IConfiguration configuration, string key, Func<string, T> parse) =>
        (configuration.GetSection($"{Section}:{key}").Get<string[]>() ?? []).Select(value =>
        {
            try
            {
                return parse(value.Trim());
            }
            catch (FormatException)
            {
                throw new InvalidOperationException($"{Section}:{key} has '{value}', which is not a valid entry.");
            }
        }).ToList();
}
