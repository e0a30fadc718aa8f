using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eci.Modules.Inventory.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class AddKeyInspectionAndHoldExtensions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "extensions",
                schema: "inventory",
                table: "reservations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "last_extended_at",
                schema: "inventory",
                table: "reservations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "location",
                schema: "inventory",
                table: "idempotency_keys",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "operation",
                schema: "inventory",
                table: "idempotency_keys",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "extensions",
                schema: "inventory",
                table: "reservations");

            migrationBuilder.DropColumn(
                name: "last_extended_at",
                schema: "inventory",
                table: "reservations");

            migrationBuilder.DropColumn(
                name: "location",
                schema: "inventory",
                table: "idempotency_keys");

            migrationBuilder.DropColumn(
                name: "operation",
                schema: "inventory",
                table: "idempotency_keys");
        }
    }
}
