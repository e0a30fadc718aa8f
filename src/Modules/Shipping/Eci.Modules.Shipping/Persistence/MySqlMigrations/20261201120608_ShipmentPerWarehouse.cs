using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eci.Modules.Shipping.Persistence.MySqlMigrations
{
    /// <inheritdoc />
    internal partial class ShipmentPerWarehouse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_shipments_order_id",
                table: "shipments");

            migrationBuilder.AddColumn<string>(
                name: "warehouse",
                table: "shipments",
                type: "varchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_order_id_warehouse",
                table: "shipments",
                columns: new[] { "order_id", "warehouse" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_shipments_order_id_warehouse",
                table: "shipments");

            migrationBuilder.DropColumn(
                name: "warehouse",
                table: "shipments");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_order_id",
                table: "shipments",
                column: "order_id",
                unique: true);
        }
    }
}
