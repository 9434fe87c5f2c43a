package nashir.cluster;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Many Arabic news sites on one local HTTP server, for cluster tests and the benchmark: feed
 * {@code n} is {@code /feed/<n>/}, lists that site's stories newest first (at most 20, as
 * WordPress does), and every request is recorded with its time, so that a test can see when each
 * feed was polled. A plain JDK server rather than WireMock: 5,000 feeds polled every few seconds
 * would have WireMock match each request against 5,000 stubs, on the CPU the nodes are measured on.
 */
final class FeedSite implements AutoCloseable {

	private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH);

	private static final ZonedDateTime FIRST_STORY = ZonedDateTime.of(2026, 11, 29, 6, 0, 0, 0, ZoneOffset.UTC);

	private static final int ITEMS_PER_FEED = 20;

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(8);

	private final Map<Integer, List<Long>> polls = new ConcurrentHashMap<>();

	private volatile int stories;

	FeedSite(int stories) throws IOException {
		this.stories = stories;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
		server.setExecutor(threads);
		server.createContext("/feed/", this::serve);
		server.start();
	}

	/** Every site now has stories 1..count (a burst when it grows). */
	void publish(int count) {
		this.stories = count;
	}

	String feedUrl(int feed) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed/" + feed + "/";
	}

	/**
	 * A schedule file per feed, {@code site-<n>.yml}, polling every {@code every}. No image: the
	 * composer would look for one on the story's page, on the internet.
	 */
	void writeSchedules(Path directory, int feeds, String every) throws IOException {
		Files.createDirectories(directory);
		for (int feed = 1; feed <= feeds; feed++) {
			Files.writeString(directory.resolve("site-" + feed + ".yml"), """
					feed: %s
					every: %s
					template: "{title}\\n{link}"
					image: none
					""".formatted(feedUrl(feed), every));
		}
	}

	static String headline(int feed, int story) {
		return "موقع " + feed + ": الخبر رقم " + story + " عن اتفاق على إطلاق حوار شامل قريبا";
	}

	/** When the feed was fetched, in epoch milliseconds, oldest first. */
	List<Long> polls(int feed) {
		return new ArrayList<>(polls.getOrDefault(feed, List.of()));
	}

	int totalPolls() {
		return polls.values().stream().mapToInt(List::size).sum();
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			String[] path = exchange.getRequestURI().getPath().split("/");
			int feed = Integer.parseInt(path[path.length - 1]);
			polls.computeIfAbsent(feed, key -> new CopyOnWriteArrayList<>()).add(System.currentTimeMillis());
			byte[] body = feed(feed, stories).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=UTF-8");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
		catch (RuntimeException ex) {
			exchange.sendResponseHeaders(404, -1);
		}
	}

	private static String feed(int feed, int count) {
		StringBuilder items = new StringBuilder();
		for (int story = count; story > Math.max(0, count - ITEMS_PER_FEED); story--) {
			items.append("""
					<item>
					  <title>%s</title>
					  <link>https://site-%d.example.com/2026/11/29/story-%d/</link>
					  <guid isPermaLink="false">https://site-%d.example.com/?p=%d</guid>
					  <pubDate>%s</pubDate>
					  <category><![CDATA[أخبار دولية]]></category>
					</item>
					""".formatted(headline(feed, story), feed, story, feed, story,
					RFC_1123.format(FIRST_STORY.plusMinutes(story))));
		}
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel>
				<title>موقع %d</title><link>https://site-%d.example.com/</link><description>أخبار</description>
				%s</channel></rss>
				""".formatted(feed, feed, items).strip();
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}

}
