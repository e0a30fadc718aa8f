using Eci.Modules.Customers.Background;
using Eci.Modules.Customers.Domain;
using Eci.Modules.Customers.Features;
using Eci.Modules.Customers.Features.Login;
using Eci.Modules.Customers.Persistence;
using Eci.Shared.Auth;
using Eci.Shared.Http;
using Eci.Shared.Modules;
using Eci.Shared.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Eci.Modules.Customers;

/// <summary>Customer accounts, sign-in and the access tokens every other module trusts.</summary>
public sealed class CustomersModule : IModule
{
    public string Name => "Customers";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CustomersDbContext>(configuration, Name, CustomersDbContext.Schema);
        services.AddEciJsonTypes(CustomersJson.Default);

        // The keys behind the console's cookies and antiforgery tokens live beside the accounts, so every replica reads
        // a cookie any other replica wrote (ADR 0049).
        services.AddDataProtection().SetApplicationName("eci").PersistKeysToDbContext<CustomersDbContext>();
        services.AddValidatorsFromAssemblyContaining<CustomersModule>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddOptions<CustomersOptions>()
            .Bind(configuration.GetSection("Modules:Customers"))
            .Validate(o => o.MaxFailedLogins > 0 && o.LockoutMinutes > 0 && o.PasswordTokenHours > 0,
                "Modules:Customers lockout and token settings must be positive.")
            .ValidateOnStart();
        services.AddOptions<AdminSettings>().Bind(configuration.GetSection("Admin"));
        services.AddSingleton<IPasswordHasher<Customer>, PasswordHasher<Customer>>();
        services.AddSingleton<Passwords>();
        services.AddSingleton<AccessTokenIssuer>();
        services.TryAddSingleton<SecurityStampCache>();
        services.AddScoped<LockoutCounter>();
        services.AddScoped<CredentialCheck>();
        if (ModuleDatabaseSettings.Resolve(configuration, Name).Provider == DatabaseProvider.Postgres)
        {
            // The sign-in limit counts in the Customers database, so it holds across replicas (ADR 0040).
            services.AddScoped<ISharedWindowCounter, SignInWindowCounter>();
        }

        services.AddHostedService<AdminBootstrapWorker>();
    }

    public void MapEndpoints(IEndpointRouteBuilder v1) => CustomersEndpoints.Map(v1);

    public Task InitializeDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.InitializeModuleDatabaseAsync<CustomersDbContext>(cancellationToken);
}
