#!/bin/sh
# Trains Java 25's AOT cache on a workload while the image is built: the service reads 200 Arabic
# WordPress-shaped feeds of 50 stories from files, then reads them twice more with a new story on
# each (posted in dry run), and stops; the JVM writes the cache as it exits. Against a cache trained on
# start-up alone, this one starts on less CPU and reads new feeds and changed ones for less
# (docs/BENCHMARKS.md, "The image's AOT cache trained on feeds"). Nothing of the training stays.
#
#   aot-training.sh APP_JAR CACHE
set -eu
app=$1
cache=$2
feeds=200
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/feeds" "$work/schedules"

# Every feed lists stories $1+1 .. $1+50, newest first, each about 1.2 KB as a WordPress item is.
write_feeds() {
	awk -v first="$1" -v feeds="$feeds" -v dir="$work/feeds" 'BEGIN {
		text = "اتفق الرئيسان الأمريكي والروسي في جنيف على إطلاق حوار شامل حول الاستقرار الاستراتيجي. "
		text = text text text text
		for (f = 1; f <= feeds; f++) {
			out = dir "/feed-" f ".xml"
			printf "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel><title>أفق نيوز</title><link>https://ofoq.example.com</link><description>أخبار</description>\n" > out
			for (n = first + 50; n > first; n--) {
				date = sprintf("Wed, 16 Jun 2021 %02d:%02d:00 GMT", int(n / 60) % 24, n % 60)
				printf "<item><title>عاجل (%d): اتفاق على إطلاق حوار شامل قريبا في جنيف</title>", n > out
				printf "<link>https://ofoq.example.com/%d/2021/06/16/خبر-رقم-%d/</link>", f, n > out
				printf "<dc:creator><![CDATA[محرر أفق]]></dc:creator><pubDate>%s</pubDate>", date > out
				printf "<category><![CDATA[أخبار دولية]]></category><category><![CDATA[سياسة]]></category>" > out
				printf "<guid isPermaLink=\"false\">https://ofoq.example.com/?p=%d-%d</guid>", n, f > out
				printf "<description><![CDATA[%s [&#8230;]]]></description>", text > out
				printf "<content:encoded><![CDATA[<p><img src=\"https://ofoq.example.com/wp-content/uploads/%d.jpg\" /></p><p>%s</p>]]></content:encoded></item>\n", n, text > out
			}
			printf "</channel></rss>\n" > out
			close(out)
		}
	}'
}

write_feeds 0
n=1
while [ "$n" -le "$feeds" ]; do
	printf 'feed: file:feeds/feed-%s.xml\nevery: 10s\ntemplate: "{title}\\n{link}"\nimage: none\n' "$n" \
		>"$work/schedules/feed-$n.yml"
	n=$((n + 1))
done

cd "$work"
java -XX:AOTCacheOutput="$cache" -jar "$app" --server.port=0 --nashir.data-dir="$work/data" \
	--nashir.schedules-dir="$work/schedules" --nashir.feed.file-root="$work" \
	--nashir.accounts.main.dry-run=true >"$work/nashir.log" 2>&1 &
nashir=$!
# New schedules take their first read within 30 s; then two rounds, each with one new story a feed.
sleep 45
write_feeds 1
sleep 20
write_feeds 2
sleep 20
kill -TERM "$nashir"
# SIGTERM's exit status is 143; the cache is checked below.
wait "$nashir" || true
posts=$(grep -c "published in dry run" "$work/nashir.log" || true)
echo "aot training: $posts posts in dry run from $feeds feeds"
if [ "$posts" -lt "$feeds" ] || [ ! -s "$cache" ]; then
	tail -n 40 "$work/nashir.log"
	exit 1
fi
