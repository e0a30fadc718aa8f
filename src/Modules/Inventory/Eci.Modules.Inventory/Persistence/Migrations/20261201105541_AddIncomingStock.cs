using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eci.Modules.Inventory.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class AddIncomingStock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "incoming_stock",
                schema: "inventory",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_id = table.Column<int>(type: "integer", nullable: false),
                    warehouse_id = table.Column<int>(type: "integer", nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    received_quantity = table.Column<int>(type: "integer", nullable: false),
                    expected_at = table.Column<DateOnly>(type: "date", nullable: false),
                    reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incoming_stock", x => x.id);
                    table.CheckConstraint("ck_incoming_stock_quantities", "quantity > 0 AND received_quantity >= 0 AND received_quantity <= quantity");
                    table.ForeignKey(
                        name: "fk_incoming_stock_warehouses_warehouse_id",
                        column: x => x.warehouse_id,
                        principalSchema: "inventory",
                        principalTable: "warehouses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_incoming_stock_product_id_status_expected_at",
                schema: "inventory",
                table: "incoming_stock",
                columns: new[] { "product_id", "status", "expected_at" });

            migrationBuilder.CreateIndex(
                name: "ix_incoming_stock_status_created_at",
                schema: "inventory",
                table: "incoming_stock",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_incoming_stock_warehouse_id",
                schema: "inventory",
                table: "incoming_stock",
                column: "warehouse_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "incoming_stock",
                schema: "inventory");
        }
    }
}
