#!/usr/bin/env bash
# Checks an ECI host's health endpoints: liveness, readiness, both convenience paths, and the database entry of every
# module in the readiness report. Prints one line per check; exits 0 when all pass, 1 when any fails, 2 on bad usage.
#
#   scripts/health-check.sh http://localhost:5080
#
# HEALTH_CHECK_TIMEOUT (seconds per request, default 5) and HEALTH_CHECK_MODULES (space-separated module names,
# default all seven) adjust it.
set -euo pipefail

if [[ $# -ne 1 || -z "$1" ]]; then
  echo "usage: $0 URL   (e.g. $0 http://localhost:5080)" >&2
  exit 2
fi

base="${1%/}"
timeout="${HEALTH_CHECK_TIMEOUT:-5}"
read -r -a modules <<< "${HEALTH_CHECK_MODULES:-catalog customers inventory orders payments shipping notifications}"
body="$(mktemp)"
trap 'rm -f "$body"' EXIT
failures=0

pass() { printf 'ok    %s\n' "$1"; }
fail() {
  printf 'FAIL  %s\n' "$1"
  failures=$((failures + 1))
}

# GETs a path into $body and prints the HTTP status, 000 when the host did not answer.
get() {
  curl --silent --max-time "$timeout" --output "$body" --write-out '%{http_code}' "$base$1" || true
}

# The status of one check in the report in $body, e.g. "healthy"; empty when the report has no such entry.
entry_status() {
  grep -o "\"$1\"[[:space:]]*:[[:space:]]*{[[:space:]]*\"status\"[[:space:]]*:[[:space:]]*\"[A-Za-z]*\"" "$body" \
    | sed 's/.*"\([A-Za-z]*\)"$/\1/' | head -n 1 || true
}

for path in /health/live /health/ready /health /v1/health; do
  code="$(get "$path")"
  if [[ "$code" == 200 ]] && grep -q '"status"[[:space:]]*:[[:space:]]*"healthy"' "$body"; then
    pass "$path ($code)"
  else
    fail "$path ($code)"
  fi
done

code="$(get /health/ready)"
for module in "${modules[@]}"; do
  status="$(entry_status "$module-db")"
  if [[ "$status" == healthy ]]; then
    pass "$module-db"
  else
    fail "$module-db (${status:-not reported}; /health/ready answered $code)"
  fi
done

if ((failures > 0)); then
  echo "$failures check(s) failed at $base" >&2
  exit 1
fi

echo "all checks passed at $base"
