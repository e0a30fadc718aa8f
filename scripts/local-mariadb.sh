#!/usr/bin/env bash
# Installs (Debian's apt: MariaDB 10.11; no MySQL server is packaged) and starts a local MariaDB with the eci/eci user the
# MySQL variants of the tests use. Needs root. Prints the connection string to use on its last line.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v mariadbd >/dev/null && [ ! -x /usr/sbin/mariadbd ]; then
  apt-get update -qq && apt-get install -y -qq mariadb-server >/dev/null
fi
service mariadb start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do mariadb-admin ping --silent >/dev/null 2>&1 && break; sleep 1; done
mariadb-admin ping --silent >/dev/null 2>&1 || { echo "MariaDB did not start" >&2; exit 1; }
# Test hosts create and drop uniquely named databases, so the user may create any.
mariadb -e "CREATE USER IF NOT EXISTS 'eci'@'localhost' IDENTIFIED BY 'eci';
  CREATE USER IF NOT EXISTS 'eci'@'127.0.0.1' IDENTIFIED BY 'eci';
  GRANT ALL PRIVILEGES ON *.* TO 'eci'@'localhost'; GRANT ALL PRIVILEGES ON *.* TO 'eci'@'127.0.0.1';"
echo "Server=localhost;User ID=eci;Password=eci"
