#!/usr/bin/env bash
# Cluster benchmark: three nodes (the packaged jar, postgres profile) on the local PostgreSQL and
# N feeds served from loopback: start time, CPU of the nodes and of PostgreSQL per poll (polls
# counted by the feed site), how the polls split, failover after kill -9, then the start time of the
# three again on the schedules already in the table (a restart). Numbers, not pass/fail;
# see docs/BENCHMARKS.md.
# Usage: bench/cluster/run.sh JAR JAVA_HOME [feeds=5000] [every-seconds=120] [window-seconds=240] [watch-seconds=150]
# (from anywhere; needs PostgreSQL as for the tests: POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD;
# MVN names the maven command, default mvn; NODE_ARGS adds arguments to every node, e.g.
# --nashir.feed.per-host-limit=64 so that the one loopback host stands for 5,000 sites; NODE_JVM_OPTS adds
# JVM options, e.g. -XX:AOTCache=nashir.aot with the extracted jar on Java 25, as the Docker image starts;
# START_TOGETHER=true launches the three nodes at once, as a cold cluster starts, instead of one after another;
# START_TRIALS=N starts and restarts the three N times more at the end, each on a new schema and folder:
# a start on two shared cores varies by a quarter from one run to the next).
# Writes OUT (default bench/cluster/last-run.txt).
set -euo pipefail
JAR="$(realpath "$1")"
JAVA_HOME_UNDER_TEST="$(realpath "$2")"
shift 2
cd "$(dirname "$0")/../.."
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# The harness only: the nodes run the jar given, on the JVM given.
${MVN:-mvn} -B -o -q test-compile
${MVN:-mvn} -B -o -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"

# A start may take minutes on a loaded machine; the harness's own errors go to the terminal. The harness
# (the feed site, X, the health probes) shares the two cores with the nodes, so C1 alone compiles it: during
# a 17 s start it used 2.7-2.9 s of CPU with C2 (most of it C2's), 1.0-1.5 s without.
"$JAVA_HOME_UNDER_TEST/bin/java" -XX:TieredStopAtLevel=1 -Xmx512m -Dnashir.jar="$JAR" -Dnashir.node-args="${NODE_ARGS:-}" -Dnashir.jvm-options="${NODE_JVM_OPTS:-}" -Dnashir.start-together="${START_TOGETHER:-false}" -Dnashir.start-trials="${START_TRIALS:-0}" -Dnashir.start-timeout-seconds=900 -cp "$CP" \
  nashir.cluster.ClusterBenchmark "$@" | tee "${OUT:-bench/cluster/last-run.txt}"
