using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eci.Modules.Inventory.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class BoundOnHandStock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_stock_items_quantities",
                schema: "inventory",
                table: "stock_items");

            migrationBuilder.AddCheckConstraint(
                name: "ck_stock_items_quantities",
                schema: "inventory",
                table: "stock_items",
                sql: "on_hand >= 0 AND reserved >= 0 AND committed >= 0 AND on_hand - reserved - committed >= 0 AND on_hand <= 1000000000");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_stock_items_quantities",
                schema: "inventory",
                table: "stock_items");

            migrationBuilder.AddCheckConstraint(
                name: "ck_stock_items_quantities",
                schema: "inventory",
                table: "stock_items",
                sql: "on_hand >= 0 AND reserved >= 0 AND committed >= 0 AND on_hand - reserved - committed >= 0");
        }
    }
}
