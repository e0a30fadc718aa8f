using Eci.Modules.Customers.Domain;
using Eci.Modules.Customers.Persistence;
using Eci.Shared.Auth;
using Eci.Shared.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Customers.Background;

// Creates the admin named by Admin:Email/Admin:Password at start-up when it is missing. An existing account with that
// email becomes the admin only when Admin:Password is its password, so whoever registered the address first cannot be
// handed the admin role. Outside development it refuses placeholders, the development password, an e-mail that is not
// one and a password that fails the password rules (see ProductionProblem).
internal sealed partial class AdminBootstrapWorker(
    IServiceProvider services, IOptions<AdminSettings> settings, IHostEnvironment environment, TimeProvider clock, ILogger<AdminBootstrapWorker> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var admin = settings.Value;
        if (admin.IsUnset)
        {
            LogNoAdmin(logger);
            return;
        }

        if (!environment.IsDevelopment() && admin.ProductionProblem() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        if (string.IsNullOrWhiteSpace(admin.Email) || string.IsNullOrWhiteSpace(admin.Password))
        {
            LogNoAdmin(logger);
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustomersDbContext>();
        var key = Customer.KeyOf(admin.Email);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Customers.FirstOrDefaultAsync(c => c.EmailKey == key, cancellationToken);
        if (existing is { IsAdmin: true })
        {
            return;
        }

        var passwords = scope.ServiceProvider.GetRequiredService<Passwords>();
        if (existing is not null)
        {
            if (passwords.Verify(existing, admin.Password) == PasswordVerificationResult.Failed)
            {
                LogNotPromoted(logger);
                return;
            }

            existing.PromoteToAdmin(now);
        }
        else
        {
            var created = Customer.Register(admin.Email, "Administrator", null, now, Roles.Admin);
            created.SetPasswordHash(passwords.Hash(created, admin.Password), now);
            db.Customers.Add(created);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (existing is not null)
            {
                scope.ServiceProvider.GetRequiredService<SecurityStampCache>().Evict(existing.Id);
            }

            LogAdminReady(logger, admin.Email);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation() || ex is DbUpdateConcurrencyException)
        {
            // Another replica created or promoted it at the same moment: the admin exists, which is all this wanted.
            LogAdminMadeElsewhere(logger, admin.Email);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin account {Email} is ready")]
    private static partial void LogAdminReady(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin account {Email} was made ready by another replica starting at the same moment")]
    private static partial void LogAdminMadeElsewhere(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Error, Message =
        "An account with the Admin:Email address exists, but Admin:Password is not its password; it was not made an admin")]
    private static partial void LogNotPromoted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Admin:Email/Admin:Password configured; no admin account is created")]
    private static partial void LogNoAdmin(ILogger logger);
}
