using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eci.Modules.Catalog.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class AddProductCategoryKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_products_category",
                schema: "catalog",
                table: "products");

            migrationBuilder.AddColumn<string>(
                name: "category_key",
                schema: "catalog",
                table: "products",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // Existing rows get their key here; from now on the entity sets it (ToUpperInvariant) on every save.
            migrationBuilder.Sql("UPDATE catalog.products SET category_key = upper(category);");

            migrationBuilder.CreateIndex(
                name: "ix_products_category_key",
                schema: "catalog",
                table: "products",
                column: "category_key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_products_category_key",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "category_key",
                schema: "catalog",
                table: "products");

            migrationBuilder.CreateIndex(
                name: "ix_products_category",
                schema: "catalog",
                table: "products",
                column: "category");
        }
    }
}
