#!/usr/bin/env bash
# Detection-to-post latency of the packaged service, polling every 5 s and with a WebSub push.
# Usage: bench/latency/run.sh [stories]   (from the repository root; writes bench/latency/results.txt)
set -euo pipefail
cd "$(dirname "$0")/../.."
STORIES="${1:-30}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

mvn -o -q -DskipTests package
mvn -o -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
{
  echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1)"
  java -cp "$CP" nashir.bench.LatencyBenchmark poll "$STORIES" 2>"$WORK/poll.err" || cat "$WORK/poll.err" >&2
  java -cp "$CP" nashir.bench.LatencyBenchmark push "$STORIES" 2>"$WORK/push.err" || cat "$WORK/push.err" >&2
} | tee bench/latency/results.txt
