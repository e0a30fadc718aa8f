using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Shared.Modules;

/// <summary>A business module as the host sees it: one entry point per module, listed once in the host.</summary>
public interface IModule
{
    /// <summary>The module's name, e.g. "Catalog"; also the key of its configuration and connection string.</summary>
    string Name { get; }

    /// <summary>Registers the module's services, DbContext, validators and health check.</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the module's HTTP endpoints onto the host's <c>/v1</c> group.</summary>
    void MapEndpoints(IEndpointRouteBuilder v1);

    /// <summary>Brings the module's database to the current schema (migrations on PostgreSQL, creation on SQLite).</summary>
    Task InitializeDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken);
}
