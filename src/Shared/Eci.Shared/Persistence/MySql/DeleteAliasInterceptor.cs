using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Eci.Shared.Persistence.MySql;

/// <summary>
/// <c>ExecuteDelete</c> emits <c>DELETE FROM `t` AS `x` WHERE …</c>, which MariaDB (before 11.6) rejects; the
/// multiple-table form <c>DELETE `x` FROM `t` AS `x` WHERE …</c> means the same on MySQL and MariaDB alike.
/// </summary>
internal sealed partial class DeleteAliasInterceptor : DbCommandInterceptor
{
    public static readonly DeleteAliasInterceptor Instance = new();

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Rewrite(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Rewrite(command);
        return ValueTask.FromResult(result);
    }

    internal static string Rewrite(string sql) => AliasedDelete().Replace(sql, "DELETE ${alias} FROM ${table} AS ${alias}", 1);

    private static void Rewrite(DbCommand command) => command.CommandText = Rewrite(command.CommandText);

    [GeneratedRegex(@"^DELETE FROM (?<table>`[^`]+`(?:\.`[^`]+`)?) AS (?<alias>`[^`]+`)", RegexOptions.CultureInvariant)]
    private static partial Regex AliasedDelete();
}
