#!/usr/bin/env bash
# Runs once, when the data volume is first initialised. mysqld-exporter logs in as eci_monitor: it may read the server's
# status and the performance schema, change nothing, and hold three connections at most.
set -euo pipefail

password="${ECI_MONITOR_PASSWORD:?ECI_MONITOR_PASSWORD is not set}"
mysql --protocol=socket -uroot -p"$MYSQL_ROOT_PASSWORD" <<SQL
CREATE USER IF NOT EXISTS 'eci_monitor'@'%' IDENTIFIED BY '${password//\'/\'\'}' WITH MAX_USER_CONNECTIONS 3;
GRANT PROCESS, REPLICATION CLIENT ON *.* TO 'eci_monitor'@'%';
GRANT SELECT ON performance_schema.* TO 'eci_monitor'@'%';
SQL
