package nashir.feed.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves {@code /feed/<n>}: any number of Arabic WordPress feeds of 50 items (alike but for their item keys) on
 * loopback, with an ETag per version so unchanged feeds answer 304. {@code POST /bump} publishes
 * one new story on every feed (the oldest of the 50 drops out); {@code POST /touch} changes only
 * the channel's lastBuildDate (same items, new bytes); {@code POST /etags/off} and
 * {@code /etags/on} stop and resume sending ETags, so an unchanged feed answers 200 with the same
 * body, as many sites do. Run in its own JVM so that the benchmarked process pays only for the
 * client side.
 *
 * <p>{@code GET /stats} counts the polls as this server saw them (full answers, 304s, distinct
 * feeds), so a benchmark needs nothing from the client's logs or tables. Arguments: port, and
 * optionally the items per feed (default 50; fewer makes a first round of 20,000 feeds affordable
 * where only the 304s are measured).
 */
public final class LoopbackFeedServer {

	private static final String[] TITLES = { "قمة &#8220;بوتين وبايدن&#8221;.. اتفاق على إطلاق حوار شامل قريبا",
			"ارتفاع أسعار النفط إلى أعلى مستوى منذ عامين", "المنتخب الوطني يتأهل إلى الدور الثاني بعد فوز مثير",
			"وزارة الصحة: تراجع الإصابات اليومية بنسبة 30% خلال أسبوع", "معرض الكتاب يفتح أبوابه بمشاركة 500 دار نشر" };

	private final AtomicInteger version = new AtomicInteger();

	private final AtomicInteger touches = new AtomicInteger();

	private volatile boolean etags = true;

	private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();

	private final LongAdder full = new LongAdder();

	private final LongAdder notModified = new LongAdder();

	private final Set<String> polledFeeds = ConcurrentHashMap.newKeySet();

	private final int items;

	LoopbackFeedServer(int items) {
		this.items = items;
	}

	public static void main(String[] args) throws IOException {
		int port = args.length > 0 ? Integer.parseInt(args[0]) : 18080;
		new LoopbackFeedServer(args.length > 1 ? Integer.parseInt(args[1]) : 50).start(port);
	}

	void start(int port) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.createContext("/feed/", this::feed);
		server.createContext("/bump", (exchange) -> {
			this.version.incrementAndGet();
			reply(exchange, 200, new byte[0]);
		});
		server.createContext("/touch", (exchange) -> {
			this.touches.incrementAndGet();
			reply(exchange, 200, new byte[0]);
		});
		server.createContext("/etags/", (exchange) -> {
			this.etags = exchange.getRequestURI().getPath().endsWith("/on");
			reply(exchange, 200, new byte[0]);
		});
		server.createContext("/stats", (exchange) -> reply(exchange, 200,
				"full=%d not_modified=%d feeds=%d version=%d\n".formatted(this.full.sum(), this.notModified.sum(),
						this.polledFeeds.size(), this.version.get()).getBytes(StandardCharsets.UTF_8)));
		server.start();
		System.out.println("serving on http://127.0.0.1:" + port + "/feed/<n>");
	}

	private void feed(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		this.polledFeeds.add(path);
		int current = this.version.get();
		int touched = this.touches.get();
		String etag = "\"v" + current + "." + touched + "\"";
		if (this.etags) {
			exchange.getResponseHeaders().set("ETag", etag);
			if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				this.notModified.increment();
				exchange.sendResponseHeaders(304, -1);
				exchange.close();
				return;
			}
		}
		this.full.increment();
		exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=UTF-8");
		reply(exchange, 200, this.bodies.computeIfAbsent(path + etag,
				(key) -> body(path.substring(path.lastIndexOf('/') + 1), current, touched, this.items)));
	}

	private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	/**
	 * Version {@code v} of feed {@code feed} lists stories v+1 .. v+items, newest first, each about
	 * 1.2 KB like a real WordPress item; {@code touched} moves the channel's lastBuildDate on. Each
	 * feed's items have their own guid and link, as different sites' do: the same keys in thousands
	 * of feeds would make every ledger lookup of a key read each feed's copy of it.
	 */
	static byte[] body(String feed, int version, int touched, int items) {
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
				<channel><title>أفق نيوز</title><link>https://ofoq.example.com</link><description>أخبار</description>
				""");
		Instant start = Instant.parse("2021-06-16T00:00:00Z");
		xml.append("<lastBuildDate>")
			.append(DateTimeFormatter.RFC_1123_DATE_TIME.format(start.plusSeconds(60L * (version + touched)).atOffset(ZoneOffset.UTC)))
			.append("</lastBuildDate>\n");
		for (int n = version + items; n > version; n--) {
			String title = TITLES[n % TITLES.length] + " (" + n + ")";
			String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(start.plusSeconds(60L * n).atOffset(ZoneOffset.UTC));
			String text = "اتفق الرئيسان الأمريكي والروسي في جنيف على إطلاق حوار شامل حول الاستقرار الاستراتيجي. ".repeat(4);
			xml.append("<item><title>").append(title).append("</title>")
				.append("<link>https://ofoq.example.com/").append(feed).append("/2021/06/16/خبر-رقم-").append(n).append("/</link>")
				.append("<dc:creator><![CDATA[محرر أفق]]></dc:creator><pubDate>").append(date).append("</pubDate>")
				.append("<category><![CDATA[أخبار دولية]]></category><category><![CDATA[سياسة]]></category>")
				.append("<guid isPermaLink=\"false\">https://ofoq.example.com/?p=").append(n).append("-").append(feed).append("</guid>")
				.append("<description><![CDATA[").append(text).append(" [&#8230;]]]></description>")
				.append("<content:encoded><![CDATA[<p><img src=\"https://ofoq.example.com/wp-content/uploads/")
				.append(n).append(".jpg\" /></p><p>").append(text).append("</p>]]></content:encoded></item>\n");
		}
		return xml.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
	}

}
