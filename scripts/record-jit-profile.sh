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
pid=
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$databases"' EXIT
rm -f "$profiles/server.jitprofile"

# Whatever the caller runs with, these starts record (the runtime records nothing with fewer than two processors,
# so a one-CPU builder is told to go ahead).
unset ECI_JIT_PROFILE_DIRECTORY DOTNET_MultiCoreJitNoProfileGather
export DOTNET_MultiCoreJitMinNumCpus=1
export ASPNETCORE_ENVIRONMENT=Production Database__Provider=sqlite Database__SqliteDirectory="$databases" \
  Auth__SigningKey="profile-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
  Admin__Email=profile@example.com Admin__Password="profile-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"

ready() {
  local status
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
  read -r -t 5 status <&3 || status=
  exec 3<&-
  [[ $status == *" 200 "* ]]
}

fail() {
  cat "$databases/host.log" >&2
  echo "$1" >&2
  exit 1
}

# Starts the host, waits (at most 60 s) until it is ready, and stops it as an orchestrator would.
start_and_stop() {
  (cd "$host" && exec dotnet Eci.Host.dll --urls "http://127.0.0.1:$port") >"$databases/host.log" 2>&1 &
  pid=$!
  local deadline=$((SECONDS + 60))
  until ready 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || fail "the host exited before it was ready"
    [ $SECONDS -lt $deadline ] || fail "the host was not ready within 60 s"
    sleep 0.1
  done
  kill -TERM "$pid"
  wait "$pid" || fail "the host did not stop cleanly"
  pid=
}

# The first start creates the databases and the admin; the second starts as a replica does, on a schema that is
# current, checking it and the admin, and records.
Database__MigrateOnStartup=true start_and_stop
ECI_JIT_PROFILE_DIRECTORY="$profiles" Database__MigrateOnStartup=false start_and_stop
[ -s "$profiles/server.jitprofile" ] || fail "no profile was written to $profiles"
echo "$profiles/server.jitprofile"
