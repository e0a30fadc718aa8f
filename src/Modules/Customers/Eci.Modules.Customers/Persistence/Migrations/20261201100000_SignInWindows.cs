using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eci.Modules.Customers.Persistence.Migrations
{
    /// <summary>The shared counters of the sign-in rate limit (ADR 0040); not part of the EF model.</summary>
    [DbContext(typeof(CustomersDbContext))]
    [Migration("20261201100000_SignInWindows")]
    internal sealed class SignInWindows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            // Unlogged: the counts are worth nothing after a crash, and writing them to the WAL would cost every sign-in.
            migrationBuilder.Sql(
                "CREATE UNLOGGED TABLE customers.sign_in_windows (client character varying(64) PRIMARY KEY, " +
                "window_start timestamp with time zone NOT NULL, count integer NOT NULL);");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("DROP TABLE customers.sign_in_windows;");
    }
}
