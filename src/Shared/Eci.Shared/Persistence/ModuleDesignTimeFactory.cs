using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Eci.Shared.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a module's PostgreSQL model (or MySQL's, after <c>-- --provider mysql</c>)
/// without starting the host; a module derives
/// it in one line, e.g. <c>internal sealed class OrdersDesignTimeFactory() : ModuleDesignTimeFactory&lt;OrdersDbContext&gt;("Orders", OrdersDbContext.Schema);</c>.
/// </summary>
public abstract class ModuleDesignTimeFactory<TContext>(string module, string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        DesignTimeContexts.Create<TContext>(module, schema, options => (TContext)Activator.CreateInstance(typeof(TContext), options)!, args);
}
