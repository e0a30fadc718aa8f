using Eci.Modules.Customers.Domain;
using Eci.Shared.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Customers.Persistence;

internal sealed class CustomersDbContext(DbContextOptions<CustomersDbContext> options) : ModuleDbContext(options, Schema), IDataProtectionKeyContext
{
    public const string Schema = "customers";

    public DbSet<Customer> Customers => Set<Customer>();

    /// <summary>The keys that protect the console's session cookies, shared by every replica (ADR 0049).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
