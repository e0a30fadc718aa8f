using Eci.Modules.Customers.Domain;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Customers.Persistence;

internal sealed class CustomersDbContext(DbContextOptions<CustomersDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "customers";

    public DbSet<Customer> Customers => Set<Customer>();
}
