using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Eci.Modules.Customers.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without starting the host.</summary>
internal sealed class CustomersDesignTimeFactory : IDesignTimeDbContextFactory<CustomersDbContext>
{
    public CustomersDbContext CreateDbContext(string[] args) =>
        DesignTimeContexts.Create<CustomersDbContext>("Customers", CustomersDbContext.Schema, options => new CustomersDbContext(options));
}
