package nashir;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;

/** Arabic WordPress-style feeds served by WireMock, for tests that run the whole service. */
public final class TestFeeds {

	private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH);

	private static final ZonedDateTime FIRST_STORY = ZonedDateTime.of(2026, 11, 29, 6, 0, 0, 0, ZoneOffset.UTC);

	private TestFeeds() {
	}

	public static String headline(int n) {
		return "الخبر رقم " + n + ": اتفاق على إطلاق حوار شامل قريبا";
	}

	/** Serves stories 1..count at {@code path}, newest first, as WordPress lists them. */
	public static void serve(WireMockServer site, String path, int count) {
		site.stubFor(get(path).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/rss+xml; charset=UTF-8")
			.withBody(feed(count))));
	}

	public static String feed(int count) {
		StringBuilder items = new StringBuilder();
		IntStream.rangeClosed(1, count).map(i -> count + 1 - i).forEach(n -> items.append("""
				<item>
				  <title>%s</title>
				  <link>https://ofoq.example.com/2026/11/29/story-%d/</link>
				  <guid isPermaLink="false">https://ofoq.example.com/?p=%d</guid>
				  <pubDate>%s</pubDate>
				  <category><![CDATA[أخبار دولية]]></category>
				</item>
				""".formatted(headline(n), n, 1000 + n, RFC_1123.format(FIRST_STORY.plusMinutes(n)))));
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel>
				<title>أفق نيوز</title><link>https://ofoq.example.com/</link><description>أخبار</description>
				%s</channel></rss>
				""".formatted(items).strip();
	}

}
