using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Eci.Shared.Tests.MySql.Migrations;

[DbContext(typeof(ProbeDb))]
[Migration("20260101000000_CreateKeyedOnPostgres")]
public sealed class CreateKeyedOnPostgres : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("CREATE TABLE eci_probe_schema.keyed (key varchar(64) PRIMARY KEY, at timestamptz NOT NULL)");
}
