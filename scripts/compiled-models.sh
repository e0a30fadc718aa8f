#!/usr/bin/env bash
# Regenerates each module's EF Core compiled model for PostgreSQL (Persistence/CompiledModel; ADR 0052). Run it after any
# change to a module's model (scripts/add-migration.sh runs it for you); CompiledModelsShould fails until you do.
# Usage: scripts/compiled-models.sh [Module ...]
set -euo pipefail
modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(Catalog Customers Inventory Orders Payments Shipping Notifications)
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
for module in "${modules[@]}"; do
  project="src/Modules/$module/Eci.Modules.$module"
  target="$project/Persistence/CompiledModel"
  generated=$(mktemp -d)
  # Out of the build first: a model the code has outgrown may no longer compile (nothing references it by type).
  rm -rf "$target"
  # Generated from the design-time factory, which never loads the committed compiled model, so a stale one cannot copy itself.
  dotnet ef dbcontext optimize --project "$project" --startup-project "$project" --nativeaot \
    -o "$generated" -n "Eci.Modules.$module.Persistence.CompiledModel" >/dev/null
  # The module chooses its model by engine (SQLite and MySQL build theirs at run time): no assembly-wide discovery.
  rm -f "$generated"/*AssemblyAttributes.cs
  # A module's types are internal, and so are the classes generated for them.
  sed -i -E 's/^    public (static |partial )*class /    internal \1class /' "$generated"/*.cs
  mkdir -p "$target" && cp "$generated"/*.cs "$target/"
  rm -rf "$generated"
done
