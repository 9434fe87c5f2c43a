package nashir.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Builds RSS bodies for tests and reads fixture files. */
final class TestFeeds {

	static final Instant START = Instant.parse("2021-06-16T08:00:00Z");

	private TestFeeds() {
	}

	record Item(String guid, String title, String link, Instant date, List<String> categories) {

		Item withTitle(String newTitle) {
			return new Item(this.guid, newTitle, this.link, this.date, this.categories);
		}

		Item withDate(Instant newDate) {
			return new Item(this.guid, this.title, this.link, newDate, this.categories);
		}

		Item withGuid(String newGuid) {
			return new Item(newGuid, this.title, this.link, this.date, this.categories);
		}

		Item withLink(String newLink) {
			return new Item(this.guid, this.title, newLink, this.date, this.categories);
		}

		Item withCategories(String... names) {
			return new Item(this.guid, this.title, this.link, this.date, List.of(names));
		}

	}

	/** Story {@code n}: published {@code n} minutes after {@link #START}. */
	static Item item(int n) {
		return new Item("https://ofoq.example.com/?p=" + n, "خبر رقم " + n + " عن الاقتصاد",
				"https://ofoq.example.com/2021/06/16/خبر-" + n + "/", START.plusSeconds(60L * n), List.of("أخبار"));
	}

	/** Items 1..n, newest first as feeds list them. */
	static Item[] items(int from, int to) {
		Item[] items = new Item[to - from + 1];
		for (int n = to; n >= from; n--) {
			items[to - n] = item(n);
		}
		return items;
	}

	static String rss(Item... items) {
		return rss("", items);
	}

	static String rss(String channelExtra, Item... items) {
		String body = Arrays.stream(items).map(TestFeeds::xml).collect(Collectors.joining("\n"));
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
				<title>أفق نيوز</title><link>https://ofoq.example.com/</link><description>أخبار</description>
				%s
				%s
				</channel></rss>
				""".formatted(channelExtra, body);
	}

	private static String xml(Item item) {
		String categories = item.categories()
			.stream()
			.map((c) -> "<category><![CDATA[" + c + "]]></category>")
			.collect(Collectors.joining());
		String date = item.date() == null ? ""
				: "<pubDate>" + DateTimeFormatter.RFC_1123_DATE_TIME.format(item.date().atOffset(ZoneOffset.UTC))
						+ "</pubDate>";
		String guid = item.guid() == null ? "" : "<guid isPermaLink=\"false\">" + item.guid() + "</guid>";
		return "<item><title>" + item.title() + "</title><link>" + item.link() + "</link>" + date + categories + guid
				+ "</item>";
	}

	static Path fixture(String name) {
		try {
			return Path.of(TestFeeds.class.getResource("/feeds/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] bytes(String name) {
		try {
			return Files.readAllBytes(fixture(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
