#!/usr/bin/env bash
# Records the server's start-up JIT profile (ADR 0057): starts the published host twice on throwaway SQLite
# databases, the second time recording, and stops each once /health/ready answers. The image runs this when it is
# built and the benchmark suite after it publishes; the host replays the profile when ECI_JIT_PROFILE_DIRECTORY
# names the directory.
# Usage: scripts/record-jit-profile.sh <published host directory> <profile directory>
set -euo pipefail
host=$(cd "$1" && pwd)
mkdir -p "$2"
profiles=$(cd "$2" && pwd)
port=${ECI_RECORD_PORT:-5089}
databases=$(mktemp -d)
trap 'rm -rf "$databases"' EXIT

export ASPNETCORE_ENVIRONMENT=Production Database__Provider=sqlite Database__SqliteDirectory="$databases" \
  Database__MigrateOnStartup=true Auth__SigningKey="profile-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"

ready() {
  (exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 &&
    head -n 1 <&3 | grep -q ' 200 ') 2>/dev/null
}

# Starts the host, waits (at most 60 s) until it is ready, and stops it as an orchestrator would.
start_and_stop() {
  (cd "$host" && exec dotnet Eci.Host.dll --urls "http://127.0.0.1:$port") >"$databases/host.log" 2>&1 &
  local pid=$! waited=0
  until ready; do
    if ! kill -0 "$pid" 2>/dev/null || [ $waited -ge 600 ]; then
      cat "$databases/host.log" >&2
      echo "the host did not become ready" >&2
      kill "$pid" 2>/dev/null || true
      exit 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  kill -TERM "$pid"
  wait "$pid"
}

# The first start creates the databases; the profile is of a start on databases that exist, as a replica's is.
start_and_stop
ECI_JIT_PROFILE_DIRECTORY="$profiles" start_and_stop
[ -s "$profiles/server.jitprofile" ] || { echo "no profile was written to $profiles" >&2; exit 1; }
echo "$profiles/server.jitprofile"
