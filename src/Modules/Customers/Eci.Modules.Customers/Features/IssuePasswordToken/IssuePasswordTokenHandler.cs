using Eci.Modules.Customers.Domain;
using Eci.Modules.Customers.Persistence;
using Eci.Shared.Auth;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Customers.Features.IssuePasswordToken;

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
