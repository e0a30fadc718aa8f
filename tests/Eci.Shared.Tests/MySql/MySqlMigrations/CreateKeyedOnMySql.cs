using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Eci.Shared.Tests.MySql.MySqlMigrations;

[DbContext(typeof(ProbeDb))]
[Migration("20260101000000_CreateKeyedOnMySql")]
public sealed class CreateKeyedOnMySql : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("CREATE TABLE keyed (`key` varchar(64) COLLATE utf8mb4_bin NOT NULL PRIMARY KEY, at datetime(6) NOT NULL)");
}
