#!/bin/sh
# A workload training run for Java 25's AOT cache, as tried on 2026-12-03 (docs/BENCHMARKS.md): the
# service polls 200 Arabic feeds of 50 items served on loopback (LoopbackFeedServer), reads them all,
# then two rounds with a new story on each, posted in dry run, and stops. Measured once, its cache made
# the warm steady state dearer than a start-up-only training; the image trains on feeds read from files
# instead (docker/aot-training.sh), which won side by side.
#
#   aot-training.sh APP_JAR CACHE FEED_SERVER_CLASSES
set -eu
app=$1
cache=$2
classes=$3
port=18931
feeds=200
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

java -cp "$classes" nashir.feed.bench.LoopbackFeedServer "$port" 50 >"$work/feed-server.log" 2>&1 &
server=$!
stats() { curl -fsS "http://127.0.0.1:$port/stats" 2>/dev/null || true; }
until stats | grep -q full=; do sleep 0.2; done

mkdir "$work/schedules"
n=1
while [ "$n" -le "$feeds" ]; do
	printf 'feed: http://127.0.0.1:%s/feed/%s\nevery: 10s\ntemplate: "{title}\\n{link}"\nimage: none\n' "$port" "$n" \
		>"$work/schedules/feed-$n.yml"
	n=$((n + 1))
done

java -XX:AOTCacheOutput="$cache" -jar "$app" --server.port=0 --nashir.data-dir="$work/data" \
	--nashir.schedules-dir="$work/schedules" --nashir.net.allowed-private-hosts=127.0.0.1 \
	--nashir.feed.per-host-limit=64 --nashir.accounts.main.dry-run=true >"$work/nashir.log" 2>&1 &
nashir=$!
# Every feed read once (new schedules are spread over at most 30 s), then two changed rounds.
until stats | grep -q "feeds=$feeds "; do sleep 1; done
for round in 1 2; do
	sleep 5
	curl -fsS -X POST "http://127.0.0.1:$port/bump" >/dev/null
	sleep 15
done
kill -TERM "$nashir"
# The JVM writes the cache as it exits; SIGTERM's exit status is 143.
wait "$nashir" || true
posts=$(grep -c "published in dry run" "$work/nashir.log" || true)
echo "aot training: $posts posts in dry run; $(stats)"
test "$posts" -ge "$feeds"
test -s "$cache"
