using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eci.Modules.Shipping.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class ShipmentPerWarehouse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_shipments_order_id",
                schema: "shipping",
                table: "shipments");

            migrationBuilder.AddColumn<string>(
                name: "warehouse",
                schema: "shipping",
                table: "shipments",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_order_id_warehouse",
                schema: "shipping",
                table: "shipments",
                columns: new[] { "order_id", "warehouse" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_shipments_order_id_warehouse",
                schema: "shipping",
                table: "shipments");

            migrationBuilder.DropColumn(
                name: "warehouse",
                schema: "shipping",
                table: "shipments");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_order_id",
                schema: "shipping",
                table: "shipments",
                column: "order_id",
                unique: true);
        }
    }
}
