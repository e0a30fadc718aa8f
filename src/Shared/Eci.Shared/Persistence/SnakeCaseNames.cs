using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Eci.Shared.Persistence;

public static class SnakeCaseNames
{
    /// <summary>Names every table, column, key and index in snake_case; call last in OnModelCreating.</summary>
    public static ModelBuilder UseSnakeCaseNames(this ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table)
            {
                entity.SetTableName(ToSnakeCase(table));
            }

            // From the column name EF chose, so an owned value keeps its prefix (shipping_address_city) and shares its owner's key column.
            var sharesOwnerRow = entity.FindOwnership() is { } ownership && ownership.IsUnique
                && ownership.PrincipalEntityType.GetTableName() == entity.GetTableName();
            foreach (var property in entity.GetProperties().Where(p => !(sharesOwnerRow && p.IsPrimaryKey())))
            {
                property.SetColumnName(ToSnakeCase(property.GetColumnName()));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(ToSnakeCase(key.GetName() ?? key.GetDefaultName()!));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(ToSnakeCase(index.GetDatabaseName() ?? index.GetDefaultDatabaseName()!));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(ToSnakeCase(foreignKey.GetConstraintName() ?? foreignKey.GetDefaultName()!));
            }
        }

        return modelBuilder;
    }

    public static string ToSnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
