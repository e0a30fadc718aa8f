#!/usr/bin/env bash
# Adds a migration to one module and keeps the generated types internal: PostgreSQL's by default (Persistence/Migrations),
# MySQL's with a third argument 'mysql' (Persistence/MySqlMigrations; docs/adr/0032-mysql-beside-postgresql.md).
# Usage: scripts/add-migration.sh <Module> <MigrationName> [postgres|mysql]
set -euo pipefail
module=${1:?module, e.g. Catalog}
name=${2:?migration name, e.g. AddProductTags}
provider=${3:-postgres}
root=$(cd "$(dirname "$0")/.." && pwd)
project="$root/src/Modules/$module/Eci.Modules.$module"
dotnet tool restore >/dev/null
if [ "$provider" != mysql ]; then
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" -o Persistence/Migrations
  sed -i 's/^    public partial class /    internal partial class /; s/^    partial class /    internal partial class /' "$project"/Persistence/Migrations/*.cs
  # The model changed, so its compiled form must follow (ADR 0052).
  "$root/scripts/compiled-models.sh" "$module"
  exit 0
fi
folder="$project/Persistence/MySqlMigrations"
pg_snapshot=$(ls "$project"/Persistence/Migrations/*ModelSnapshot.cs)
first=$([ -n "$(ls "$folder"/*MySqlModelSnapshot.cs 2>/dev/null)" ] && echo no || echo yes)
[ $first = yes ] && cp "$pg_snapshot" /tmp/eci-pg-snapshot.cs
ECI_DESIGN_PROVIDER=mysql dotnet ef migrations add "$name" --project "$project" --startup-project "$project" -o Persistence/MySqlMigrations
if [ $first = yes ]; then
  # The first MySQL snapshot takes the name of PostgreSQL's, and EF writes it over that file: give it a name of its own.
  context=$(basename "$pg_snapshot" ModelSnapshot.cs)
  sed "s/partial class ${context}ModelSnapshot /partial class ${context}MySqlModelSnapshot /" "$pg_snapshot" > "$folder/${context}MySqlModelSnapshot.cs"
  mv /tmp/eci-pg-snapshot.cs "$pg_snapshot"
fi
sed -i 's/^    public partial class /    internal partial class /; s/^    partial class /    internal partial class /' "$folder"/*.cs
