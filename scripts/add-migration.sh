#!/usr/bin/env bash
# Adds a PostgreSQL migration to one module and keeps the generated types internal.
# Usage: scripts/add-migration.sh <Module> <MigrationName>
set -euo pipefail
module=${1:?module, e.g. Catalog}
name=${2:?migration name, e.g. AddProductTags}
root=$(cd "$(dirname "$0")/.." && pwd)
project="$root/src/Modules/$module/Eci.Modules.$module"
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project "$project" --startup-project "$project" -o Persistence/Migrations
sed -i 's/^    public partial class /    internal partial class /; s/^    partial class /    internal partial class /' "$project"/Persistence/Migrations/*.cs
