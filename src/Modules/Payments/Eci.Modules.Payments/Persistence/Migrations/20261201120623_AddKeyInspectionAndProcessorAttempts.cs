using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eci.Modules.Payments.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class AddKeyInspectionAndProcessorAttempts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "processor_attempts",
                schema: "payments",
                table: "payments",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "location",
                schema: "payments",
                table: "idempotency_keys",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "operation",
                schema: "payments",
                table: "idempotency_keys",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "processor_attempts",
                schema: "payments",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "location",
                schema: "payments",
                table: "idempotency_keys");

            migrationBuilder.DropColumn(
                name: "operation",
                schema: "payments",
                table: "idempotency_keys");
        }
    }
}
