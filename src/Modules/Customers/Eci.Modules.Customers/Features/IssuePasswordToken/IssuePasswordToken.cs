using Eci.Modules.Customers.Auth;
using Eci.Modules.Customers.Persistence;
using Eci.Shared.Auth;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Customers.Features.PasswordSetup;

/// <summary>
/// An admin issues a one-time token with which a customer sets a password (imported customers have none). Only its
/// hash is stored; a new token replaces the previous one. Issuing one is a reset: it ends the account's access tokens.
/// </summary>
internal sealed record IssuePasswordToken(int CustomerId) : ICommand<PasswordTokenResponse>;

internal sealed record PasswordTokenResponse(int CustomerId, string Token, DateTime ExpiresAt);

internal sealed class IssuePasswordTokenHandler(CustomersDbContext db, SecurityStampCache stamps, TimeProvider clock, IOptions<CustomersOptions> options)
    : ICommandHandler<IssuePasswordToken, PasswordTokenResponse>
{
    public async ValueTask<PasswordTokenResponse> Handle(IssuePasswordToken command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == command.CustomerId, cancellationToken)
            ?? throw new NotFoundException("User", command.CustomerId);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Passwords.NewToken();
        var expiresAt = now.AddHours(options.Value.PasswordTokenHours);
        customer.IssuePasswordToken(Passwords.HashToken(token), expiresAt, now);
        await db.SaveChangesAsync(cancellationToken);
        stamps.Evict(customer.Id);
        return new PasswordTokenResponse(customer.Id, token, expiresAt);
    }
}
