using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eci.Modules.Orders.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class AddKeyInspection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "location",
                schema: "orders",
                table: "idempotency_keys",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "operation",
                schema: "orders",
                table: "idempotency_keys",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "location",
                schema: "orders",
                table: "idempotency_keys");

            migrationBuilder.DropColumn(
                name: "operation",
                schema: "orders",
                table: "idempotency_keys");
        }
    }
}
