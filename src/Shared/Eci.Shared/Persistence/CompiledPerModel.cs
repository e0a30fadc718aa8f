using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Eci.Shared.Persistence;

/// <summary>
/// Compiled queries, compiled once for each model they run against. EF Core binds a compiled query to the first
/// model it runs with, and one process may hold several (a host per provider in the tests, a context with other
/// options).
/// </summary>
public sealed class CompiledPerModel<T>(Func<T> compile)
    where T : class
{
    private readonly ConditionalWeakTable<IModel, T> _compiled = [];

    /// <summary>The query compiled for this context's model, compiling it on first use.</summary>
    public T For(DbContext db)
    {
        var model = db.Model;
        return _compiled.TryGetValue(model, out var compiled) ? compiled : _compiled.GetValue(model, _ => compile());
    }
}
