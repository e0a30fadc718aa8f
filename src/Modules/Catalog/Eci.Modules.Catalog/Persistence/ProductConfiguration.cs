using Eci.Modules.Catalog.Domain;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Modules.Catalog.Persistence;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).IsGeneratedAboveImportedIds();
        builder.Property(p => p.Sku).HasMaxLength(Product.SkuMaxLength).IsRequired();
        builder.Property(p => p.SkuKey).HasMaxLength(Product.SkuMaxLength).IsRequired();
        builder.HasIndex(p => p.SkuKey).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(Product.NameMaxLength).IsRequired();
        builder.Property(p => p.SearchName).HasMaxLength(Product.NameMaxLength).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(Product.DescriptionMaxLength);
        builder.Property(p => p.Category).HasMaxLength(Product.CategoryMaxLength).IsRequired();
        builder.Property(p => p.CategoryKey).HasMaxLength(Product.CategoryMaxLength).IsRequired();
        // Category first, then the price filter's columns: a search by category and price range reads only what matches,
        // even under the generic plan PostgreSQL chooses for a prepared statement; a category alone uses its prefix.
        builder.HasIndex(p => new { p.CategoryKey, p.Currency, p.PriceMinor });
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.HasIndex(p => new { p.Currency, p.PriceMinor });
        builder.HasIndex(p => p.CreatedAt);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Price);
    }
}
