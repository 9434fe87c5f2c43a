#!/usr/bin/env bash
# A first start with many new schedule files: wall time until /actuator/health answers, and the
# JVM's CPU (utime + stime from /proc) by then. Each run gets a fresh data folder; the feeds point
# at a closed port, since only the start is measured.
# Usage: bench/service/first-start.sh JAR JAVA_HOME [files=20000] [label]
set -euo pipefail
JAR="$(realpath "$1")"
JAVA_HOME_UNDER_TEST="$2"
FILES="${3:-20000}"
LABEL="${4:-$(basename "$JAR")}"
WORK="$(mktemp -d)"
trap 'kill "${PID:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
mkdir -p "$WORK/schedules"
for ((i = 0; i < FILES; i++)); do
  printf 'feed: http://127.0.0.1:9/feed/%d\nevery: 3600s\nimage: none\n' "$i" > "$WORK/schedules/feed-$i.yml"
done
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
STARTED="$(date +%s.%N)"
"$JAVA_HOME_UNDER_TEST/bin/java" -Xmx512m -XX:-UsePerfData -jar "$JAR" --server.port="$PORT" \
  --nashir.admin-password=bench-admin-password --nashir.data-dir="$WORK/data" \
  --nashir.schedules-dir="$WORK/schedules" --nashir.accounts.main.dry-run=true > "$WORK/nashir.log" 2>&1 &
PID=$!
until curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null 2>&1; do
  kill -0 "$PID" 2>/dev/null || { echo "the service exited; its log:"; tail -20 "$WORK/nashir.log"; exit 1; }
  sleep 0.5
done
HEALTHY="$(date +%s.%N)"
CPU_MS="$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$PID/stat")"
python3 -c "import json, sys; print(json.dumps({'scenario': 'first-start', 'label': sys.argv[1], 'files': int(sys.argv[2]), 'healthy_s': round(float(sys.argv[4]) - float(sys.argv[3]), 1), 'cpu_ms': int(sys.argv[5])}))" \
  "$LABEL" "$FILES" "$STARTED" "$HEALTHY" "$CPU_MS"
