using Eci.Modules.Customers.Domain;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Modules.Customers.Persistence;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("customers");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).IsGeneratedAboveImportedIds();
        builder.Property(c => c.Email).HasMaxLength(Customer.EmailMaxLength).IsRequired();
        builder.Property(c => c.EmailKey).HasMaxLength(Customer.EmailMaxLength).IsRequired();
        builder.HasIndex(c => c.EmailKey).IsUnique();
        builder.Property(c => c.FullName).HasMaxLength(Customer.NameMaxLength).IsRequired();
        builder.Property(c => c.Phone).HasMaxLength(Customer.PhoneMaxLength);
        builder.Property(c => c.Role).HasMaxLength(16).IsRequired();
        builder.Property(c => c.PasswordHash).HasMaxLength(256);
        builder.Property(c => c.PasswordTokenHash).HasMaxLength(64);
        builder.Property(c => c.SecurityStamp).HasMaxLength(Customer.SecurityStampLength).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.OwnsMany(c => c.Addresses, address =>
        {
            address.ToTable("addresses");
            address.WithOwner().HasForeignKey("CustomerId");
            address.HasKey(a => a.Id);
            address.Property(a => a.Line1).HasMaxLength(Address.LineMaxLength).IsRequired();
            address.Property(a => a.Line2).HasMaxLength(Address.LineMaxLength);
            address.Property(a => a.City).HasMaxLength(Address.CityMaxLength).IsRequired();
            address.Property(a => a.PostalCode).HasMaxLength(Address.PostalCodeMaxLength).IsRequired();
            address.Property(a => a.Country).HasMaxLength(2).IsFixedLength().IsRequired();
        });
        builder.Navigation(c => c.Addresses).HasField("_addresses").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(c => c.DefaultAddress);
        builder.Ignore(c => c.IsAdmin);
    }
}
