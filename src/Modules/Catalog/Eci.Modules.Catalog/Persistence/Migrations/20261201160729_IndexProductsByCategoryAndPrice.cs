using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eci.Modules.Catalog.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class IndexProductsByCategoryAndPrice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_products_category_key",
                schema: "catalog",
                table: "products");

            migrationBuilder.CreateIndex(
                name: "ix_products_category_key_currency_price_minor",
                schema: "catalog",
                table: "products",
                columns: new[] { "category_key", "currency", "price_minor" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_products_category_key_currency_price_minor",
                schema: "catalog",
                table: "products");

            migrationBuilder.CreateIndex(
                name: "ix_products_category_key",
                schema: "catalog",
                table: "products",
                column: "category_key");
        }
    }
}
