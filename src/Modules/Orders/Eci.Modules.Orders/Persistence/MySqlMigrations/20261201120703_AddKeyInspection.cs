using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eci.Modules.Orders.Persistence.MySqlMigrations
{
    /// <inheritdoc />
    internal partial class AddKeyInspection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "location",
                table: "idempotency_keys",
                type: "varchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "operation",
                table: "idempotency_keys",
                type: "varchar(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "location",
                table: "idempotency_keys");

            migrationBuilder.DropColumn(
                name: "operation",
                table: "idempotency_keys");
        }
    }
}
