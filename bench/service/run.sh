#!/usr/bin/env bash
# The packaged service as a whole process, side by side with feed2toot on the same loopback feeds.
# Usage (from anywhere; needs python3, and feed2toot for `rounds`):
#   bench/service/run.sh rounds   JAR JAVA_HOME [RESULTS]  # a) 304 round, b) bump round, c) first round; feed2toot (~14 min)
#   bench/service/run.sh capacity JAR JAVA_HOME [RESULTS]  # d) 20,000 feeds saturated; heap at 2,000 with -Xmx256m (~15 min)
#   bench/service/run.sh startup  JAR JAVA_HOME [RESULTS]  # e) start-up and first round: fat jar, extracted, CDS, AOT cache (~8 min)
# Each appends JSON lines to RESULTS (default bench/service/results.jsonl) and prints a summary
# (bench/service/summary.py RESULTS prints it again). Knobs, as environment variables:
# FEEDS (2000), SMALL (200), EVERY (60 s), WINDOW (120 s), WARMUP (EVERY: seconds of 304s before the
# measured window; at 33 polls/s the JIT still compiles minutes after start, 420 is steadier),
# BIG (20000), BIG_EVERY (10 s), REPEAT (2),
# FEED2TOOT (1; 0 leaves feed2toot out of `rounds`, e.g. for a second JDK).
set -euo pipefail
PART="$1"
JAR="$(realpath "$2")"
JAVA_HOME_UNDER_TEST="$(realpath "$3")"
cd "$(dirname "$0")/../.."
RESULTS="$(realpath -m "${4:-bench/service/results.jsonl}")"
FEEDS="${FEEDS:-2000}" SMALL="${SMALL:-200}" EVERY="${EVERY:-60}" WINDOW="${WINDOW:-120}" WARMUP="${WARMUP:-$EVERY}"
BIG="${BIG:-20000}" BIG_EVERY="${BIG_EVERY:-10}" REPEAT="${REPEAT:-2}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# The feed server needs only the JDK: compiled apart from the build, so any jar can be measured.
javac -d "$WORK/classes" src/test/java/nashir/feed/bench/LoopbackFeedServer.java
VERSION="$("$JAVA_HOME_UNDER_TEST/bin/java" -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/')"
bench() {
  bench/service/bench.py "$1" --jar "${JAR_UNDER_TEST:-$JAR}" --java-home "$JAVA_HOME_UNDER_TEST" \
    --classes "$WORK/classes" --out "$RESULTS" "${@:2}"
}
echo "# $PART $(date -u +%FT%TZ) $(nproc) cores, java $VERSION, $JAR, load $(cut -d' ' -f1-3 /proc/loadavg)"

case "$PART" in
  rounds)
    if [ "${FEED2TOOT:-1}" = 1 ]; then
      bench feed2toot --feeds "$SMALL"
      bench feed2toot --feeds "$FEEDS"
    fi
    bench cold --label "java $VERSION" --feeds "$SMALL" --every "$EVERY"
    bench service --label "java $VERSION" --feeds "$FEEDS" --every "$EVERY" --window "$WINDOW" --warmup "$WARMUP"
    ;;
  capacity)
    # Every feed is due every BIG_EVERY seconds, far more than one node can poll: the polls the
    # feed server sees per second are what the node sustains. The feeds carry 5 items instead of
    # 50 so that the first round (a full parse of each) stays affordable; the 304s measured after
    # it do not depend on the size of the feed.
    bench capacity --label "java $VERSION" --feeds "$BIG" --every "$BIG_EVERY" --window 60 --items 5
    bench service --label "java $VERSION -Xmx256m" --feeds "$FEEDS" --every "$EVERY" --window "$WINDOW" --jvm-opt=-Xmx256m
    ;;
  startup)
    # The jar as the image runs it, the jar extracted (java -Djarmode=tools), and the extracted jar
    # with a class data sharing archive, or on JDK 24+ the AOT cache, from a training run that
    # stops once the application context is up.
    "$JAVA_HOME_UNDER_TEST/bin/java" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
    train() {
      mkdir -p "$WORK/train/schedules"
      (cd "$WORK/train" && "$JAVA_HOME_UNDER_TEST/bin/java" "$1" -Dspring.context.exit=onRefresh -jar "$WORK/app/nashir.jar" \
        --nashir.data-dir="$WORK/train/data" --nashir.schedules-dir="$WORK/train/schedules" --server.port=0 >"$WORK/train-$2.log" 2>&1)
    }
    train "-XX:ArchiveClassesAtExit=$WORK/app/nashir.jsa" cds
    VARIANTS=("fat jar|$JAR|" "extracted|$WORK/app/nashir.jar|" "extracted+CDS|$WORK/app/nashir.jar|-XX:SharedArchiveFile=$WORK/app/nashir.jsa")
    if "$JAVA_HOME_UNDER_TEST/bin/java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
      train "-XX:AOTCacheOutput=$WORK/app/nashir.aot" aot
      VARIANTS+=("extracted+AOT cache|$WORK/app/nashir.jar|-XX:AOTCache=$WORK/app/nashir.aot")
    fi
    for _ in $(seq "$REPEAT"); do
      for variant in "${VARIANTS[@]}"; do
        IFS='|' read -r name jar option <<<"$variant"
        JAR_UNDER_TEST="$jar" bench cold --label "java $VERSION $name" --feeds "$SMALL" --every 20 \
          ${option:+--jvm-opt="$option"}
      done
    done
    ;;
  *) echo "unknown part $PART: rounds, capacity or startup" >&2; exit 2 ;;
esac
bench/service/summary.py "$RESULTS"
