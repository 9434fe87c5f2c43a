#!/usr/bin/env bash
# Cluster benchmark: three nodes (the packaged jar, postgres profile) on the local PostgreSQL and
# N feeds served from loopback: how the polls split, CPU per node and per poll, failover after
# kill -9. Numbers, not pass/fail; see bench/cluster/RESULTS.md.
# Usage: bench/cluster/run.sh [feeds=5000] [every-seconds=120] [window-seconds=240] [watch-seconds=150]
# (from anywhere; needs PostgreSQL as for the tests: POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD)
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

mvn -o -q package -DskipTests
mvn -o -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"

java -Xmx512m -cp "$CP" nashir.cluster.ClusterBenchmark "$@" 2>"$WORK/bench.err" | tee bench/cluster/last-run.txt
