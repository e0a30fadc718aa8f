using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eci.Modules.Orders.Persistence.MySqlMigrations
{
    /// <inheritdoc />
    internal partial class IndexKeysByLocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_idempotency_keys_location",
                table: "idempotency_keys",
                column: "location");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_idempotency_keys_location",
                table: "idempotency_keys");
        }
    }
}
