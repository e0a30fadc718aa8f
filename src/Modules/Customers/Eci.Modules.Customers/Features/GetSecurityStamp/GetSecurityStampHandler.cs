using Eci.Modules.Customers.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Customers.Features.GetSecurityStamp;

internal sealed class GetSecurityStampHandler(CustomersDbContext db) : IQueryHandler<Contracts.GetSecurityStamp, string?>
{
    public async ValueTask<string?> Handle(Contracts.GetSecurityStamp query, CancellationToken cancellationToken) =>
        await db.Customers.AsNoTracking().Where(c => c.Id == query.CustomerId).Select(c => c.SecurityStamp).FirstOrDefaultAsync(cancellationToken);
}
