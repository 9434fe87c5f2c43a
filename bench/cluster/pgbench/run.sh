#!/usr/bin/env bash
# PostgreSQL's CPU per statement shape of a poll, apart from the service: pgbench (3 clients, as 3
# nodes, 1,000 transactions each, prepared statements) runs each script of this folder on tables
# made by the packaged jar (5,000 schedules, each polled once, on a schema of their own), and prints
# the CPU of all PostgreSQL processes per transaction, ended backends included (the postmaster's
# cutime/cstime). A diagnosis, not a figure of the service: the service's own is bench/cluster/run.sh.
# Usage: bench/cluster/pgbench/run.sh JAR [JAVA_HOME] (needs pgbench, psql, bc and PostgreSQL as for the tests)
set -euo pipefail
JAR="$(realpath "$1")"
JAVA="${2:-${JAVA_HOME:-/usr}}/bin/java"
HERE="$(cd "$(dirname "$0")" && pwd)"
SCHEMA=nashir_pgbench
WORK="$(mktemp -d)"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}" PGDATABASE="${PGDATABASE:-test}"
psql() { command psql -q -v ON_ERROR_STOP=1 "$@"; }
trap 'kill "$NODE" 2>/dev/null || true; psql -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null 2>&1; rm -rf "$WORK"' EXIT

psql -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA" >/dev/null 2>&1
mkdir -p "$WORK/schedules"
for i in $(seq 1 5000); do printf 'feed: http://127.0.0.1:9/f%s/feed/\nevery: 120s\n' "$i" > "$WORK/schedules/f$i.yml"; done
# Every first poll fails at once (nothing listens on port 9): a feed_state row for every schedule.
"$JAVA" -jar "$JAR" --spring.profiles.active=postgres \
  "--spring.datasource.url=jdbc:postgresql://$PGHOST:5432/$PGDATABASE?currentSchema=$SCHEMA" \
  "--spring.datasource.username=$PGUSER" --nashir.data-dir="$WORK/data" --nashir.schedules-dir="$WORK/schedules" \
  --server.port=0 --nashir.net.allowed-private-hosts=127.0.0.1 > "$WORK/node.log" 2>&1 &
NODE=$!
for _ in $(seq 1 180); do
  [ "$(command psql -Atc "SELECT count(*) FROM $SCHEMA.feed_state" 2>/dev/null || echo 0)" -ge 5000 ] && break
  sleep 1
done
kill "$NODE"; wait "$NODE" 2>/dev/null || true

pg_cpu_ticks() {
  local total=0 pid
  for pid in $(pgrep -x postgres); do
    total=$((total + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
export PGOPTIONS="-c search_path=$SCHEMA"
echo "# $(date -u +%FT%TZ), $(nproc) cores, PostgreSQL $(command psql -Atc 'SHOW server_version'), 5,000 schedules"
# name:polls a transaction stands for (0: a part of a poll)
for entry in round-trip:0 state:0 write:0 claim:0 claim-with-state:0 one-poll-a-claim:1 two-polls-a-claim:2; do
  script=${entry%:*} polls=${entry#*:}
  # Every schedule due again, spread over the last day, and the table vacuumed: each script starts alike.
  psql -c "UPDATE feed_schedule SET next_poll_at = now() - interval '1 day' + random() * interval '23 hours',
      claimed_by = NULL, claimed_until = NULL" -c "VACUUM ANALYZE feed_schedule" >/dev/null
  sleep 2
  before=$(pg_cpu_ticks)
  pgbench -n -M prepared -c 3 -j 3 -t 1000 -f "$HERE/$script.sql" > "$WORK/pgbench.out" 2>&1
  after=$(pg_cpu_ticks)
  grep -q "number of failed transactions: 0 " "$WORK/pgbench.out" || { cat "$WORK/pgbench.out"; exit 1; }
  per_tx=$(echo "($after - $before) * 10 / 3000" | bc -l)
  printf '%-18s %.3f ms of PostgreSQL CPU per transaction' "$script" "$per_tx"
  [ "$polls" = 0 ] && echo || printf ', %.3f ms per poll\n' "$(echo "$per_tx / $polls" | bc -l)"
done
