#!/usr/bin/env bash
# Runs once, when the data volume is first initialised. The host needs no database created in advance: `migrate`
# creates eci_<module> for each module. It needs a role that may log in and create databases, and nothing more.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  --set=password="${ECI_DB_PASSWORD:?ECI_DB_PASSWORD is not set}" <<'SQL'
SELECT format('CREATE ROLE eci LOGIN CREATEDB PASSWORD %L', :'password')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'eci')\gexec
SQL
