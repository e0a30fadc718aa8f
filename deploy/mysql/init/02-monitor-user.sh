# Runs once, when the data volume is first initialised. Not executable on purpose: the image's entrypoint sources it,
# so docker_process_sql reaches the initialising server as root. mysqld-exporter logs in as eci_monitor: it may read
# the server's status and the performance schema, change nothing, and hold three connections at most.
eci_monitor_password="${ECI_MONITOR_PASSWORD:?ECI_MONITOR_PASSWORD is not set}"
docker_process_sql --database=mysql <<SQL
CREATE USER IF NOT EXISTS 'eci_monitor'@'%' IDENTIFIED BY '${eci_monitor_password//\'/\'\'}' WITH MAX_USER_CONNECTIONS 3;
GRANT PROCESS, REPLICATION CLIENT ON *.* TO 'eci_monitor'@'%';
GRANT SELECT ON performance_schema.* TO 'eci_monitor'@'%';
SQL
unset eci_monitor_password
