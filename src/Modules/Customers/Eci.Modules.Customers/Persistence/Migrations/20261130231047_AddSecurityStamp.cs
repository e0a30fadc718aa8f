using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eci.Modules.Customers.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class AddSecurityStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "security_stamp",
                schema: "customers",
                table: "customers",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            // Each existing account gets a stamp of its own; tokens issued before carry none and must sign in again.
            migrationBuilder.Sql("UPDATE customers.customers SET security_stamp = replace(gen_random_uuid()::text, '-', '');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "security_stamp",
                schema: "customers",
                table: "customers");
        }
    }
}
