using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Eci.Modules.Inventory.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without starting the host.</summary>
internal sealed class InventoryDesignTimeFactory : IDesignTimeDbContextFactory<InventoryDbContext>
{
    public InventoryDbContext CreateDbContext(string[] args) =>
        DesignTimeContexts.Create<InventoryDbContext>("Inventory", InventoryDbContext.Schema, options => new InventoryDbContext(options));
}
