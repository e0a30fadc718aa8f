#!/usr/bin/env bash
# Runs once, when the data volume is first initialised. postgres-exporter logs in as eci_monitor: pg_monitor lets it
# read the statistics views and settings, and nothing else; three connections are all it may hold.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  --set=password="${ECI_MONITOR_PASSWORD:?ECI_MONITOR_PASSWORD is not set}" <<'SQL'
SELECT format('CREATE ROLE eci_monitor LOGIN CONNECTION LIMIT 3 PASSWORD %L', :'password')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'eci_monitor')\gexec
GRANT pg_monitor TO eci_monitor;
SQL
