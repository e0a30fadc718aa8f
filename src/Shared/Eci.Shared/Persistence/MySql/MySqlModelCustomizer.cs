using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Eci.Shared.Persistence.MySql;

/// <summary>
/// Adapts a module's model to MySQL after the module built it: one MySQL database per module already is the schema
/// (the provider would otherwise read the schema as a second database), and text compares byte for byte as it does
/// on PostgreSQL, so keys, SKUs, e-mails and idempotency keys that differ in case or accents stay different.
/// </summary>
internal sealed class MySqlModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    private const string CollationAnnotation = "MySQL:Collation";

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        modelBuilder.Model.SetDefaultSchema(null);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            entity.SetSchema(null);
            entity.SetAnnotation(CollationAnnotation, MySqlDatabase.BinaryCollation);
            foreach (var property in entity.GetDeclaredProperties().Where(p => p.ClrType == typeof(string)))
            {
                property.SetAnnotation(CollationAnnotation, MySqlDatabase.BinaryCollation);
            }
        }
    }
}
