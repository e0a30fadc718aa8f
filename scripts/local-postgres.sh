#!/usr/bin/env bash
# Installs (Debian's apt) and starts a local PostgreSQL with room for several hosts' pools, and the eci/eci role the
# tests and benchmarks use. Needs root. Prints the connection string to use on its last line.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v pg_ctlcluster >/dev/null || [ ! -d /etc/postgresql ]; then
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi
cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
[ -n "$cluster" ] || { echo "no PostgreSQL cluster" >&2; exit 1; }
# Test hosts and benchmark hosts run side by side, each with a pool per module.
conf_dir=/etc/postgresql/${cluster% *}/${cluster#* }/conf.d
mkdir -p "$conf_dir"
if ! grep -qs "max_connections = 400" "$conf_dir/eci.conf"; then
  echo "max_connections = 400" > "$conf_dir/eci.conf"
  pg_ctlcluster $cluster restart 2>/dev/null || true
fi
pg_ctlcluster $cluster start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q -h localhost && break; sleep 1; done
pg_isready -q -h localhost || { echo "PostgreSQL did not start" >&2; exit 1; }
su postgres -c "psql -qtc \"SELECT 1 FROM pg_roles WHERE rolname='eci'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE eci LOGIN CREATEDB PASSWORD 'eci'\""
echo "Host=localhost;Username=eci;Password=eci"
