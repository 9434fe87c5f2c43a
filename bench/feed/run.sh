#!/usr/bin/env bash
# Feed benchmark: Nashir's poll rounds, and Nashir side by side with Debian's feed2toot.
# Usage: bench/feed/run.sh [port]      (from the repository root; needs `apt-get install feed2toot`)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="${1:-18080}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
OUT="bench/feed/results.txt"

mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"

java -cp "$CP" nashir.feed.bench.LoopbackFeedServer "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do curl -fs "$BASE/feed/0" >/dev/null && break; sleep 0.2; done

{
  echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "## Nashir poll rounds: 1,000 feeds, 8 threads (Quartz's pool), H2 file database"
  java -cp "$CP" nashir.feed.bench.FeedPollBenchmark rounds "$BASE" 1000 8 2>/dev/null

  echo "## Side by side: one read of N feeds of 50 Arabic items, every item handed on, 1 thread each"
  for N in 200 2000; do
    seq 0 $((N - 1)) | sed "s#^#$BASE/feed/#" >"$WORK/urls-$N.txt"
    printf 'x\n' >"$WORK/cred.txt"
    cat >"$WORK/feed2toot-$N.ini" <<INI
[mastodon]
instance_url=https://mastodon.example.com
user_credentials=$WORK/cred.txt
client_credentials=$WORK/cred.txt
[cache]
cachefile=$WORK/cache-$N.db
[lock]
lock_file=$WORK/feed2toot.lock
[rss]
uri_list=$WORK/urls-$N.txt
toot={title} {link}
INI
    bench/feed/measure.py "feed2toot N=$N" -- feed2toot -c "$WORK/feed2toot-$N.ini" --dry-run --limit 50
    bench/feed/measure.py "nashir N=$N" -- java -cp "$CP" nashir.feed.bench.FeedPollBenchmark once "$BASE" "$N" 1
    # The JVM grows its heap lazily up to a quarter of RAM; the same run with a small fixed heap:
    bench/feed/measure.py "nashir-xmx256m N=$N" -- java -Xmx256m -cp "$CP" nashir.feed.bench.FeedPollBenchmark once "$BASE" "$N" 1
  done
} | tee "$WORK/raw.txt"

python3 - "$WORK/raw.txt" <<'PY' | tee -a "$WORK/raw.txt"
import json, sys
rows = {}
for line in open(sys.argv[1]):
    if line.startswith("{"):
        r = json.loads(line); tool, n = r["label"].split(" N="); rows[(tool, int(n))] = r
print("## Marginal cost per feed (slope between N=200 and N=2000) and ratio feed2toot / Nashir")
for nashir in ("nashir", "nashir-xmx256m"):
    for metric, unit in (("wall_s", "ms"), ("cpu_s", "ms"), ("peak_rss_mb", "KB")):
        slope = {t: (rows[(t, 2000)][metric] - rows[(t, 200)][metric]) / 1800 * 1000 for t in ("feed2toot", nashir)}
        ratio = f"{slope['feed2toot'] / slope[nashir]:.1f}x" if slope[nashir] > 0 else "n/a (no growth)"
        print(f"{metric:12} per feed: feed2toot {slope['feed2toot']:.2f} {unit}, {nashir} {slope[nashir]:.2f} {unit}, ratio {ratio}")
    for n in (200, 2000):
        for metric in ("wall_s", "cpu_s", "peak_rss_mb"):
            a, b = rows[("feed2toot", n)][metric], rows[(nashir, n)][metric]
            print(f"N={n:<5} {metric:12} feed2toot {a:>8} {nashir} {b:>8} ratio {a / b:.1f}x")
PY
cp "$WORK/raw.txt" "$OUT"
echo "results written to $OUT"
