#!/usr/bin/env bash
# The benchmark suite in one command (10–13 minutes on 2 cores): builds Release, starts a local PostgreSQL and
# MariaDB, then runs catalog reads and liveness against the lean app, checkout against the lean SQL checkout (pgbench)
# and in the seed's layout (Orders and Shipping on MySQL), a flash sale, start-up and memory, and the scaling curve.
# The report is printed and appended to docs/benchmarks.md. Options go through to the suite, e.g. --seconds=5 or
# --out=- (print only); see docs/benchmarks.md. Needs root for apt-get and PostgreSQL, like CI.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DEBIAN_FRONTEND=noninteractive
if ! command -v wrk >/dev/null || ! command -v pgbench >/dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk postgresql-client >/dev/null
fi
postgres=${ECI_BENCH_POSTGRES:-$(bash scripts/local-postgres.sh | tail -1)}
# The seed's layout (Orders and Shipping on MySQL) is measured against a local MariaDB unless one is named.
mysql=${ECI_BENCH_MYSQL:-$(bash scripts/local-mariadb.sh | tail -1)}
# The host is published as the container image publishes it (Release, ReadyToRun for this machine).
dotnet publish src/Host/Eci.Host -c Release -r linux-x64 --self-contained false -o bench/out/host -v q --nologo >/dev/null
# ...with the start-up JIT profile the image records when it is built (ADR 0057).
bash scripts/record-jit-profile.sh bench/out/host bench/out/host/jit-profile >/dev/null
for project in bench/Eci.Bench.Baseline bench/Eci.Bench; do
  dotnet build -c Release -v q --nologo "$project" >/dev/null
done
ECI_BENCH_POSTGRES="$postgres" ECI_BENCH_MYSQL="$mysql" dotnet bench/Eci.Bench/bin/Release/net10.0/Eci.Bench.dll --repository=. --host=bench/out/host/Eci.Host.dll "$@"
