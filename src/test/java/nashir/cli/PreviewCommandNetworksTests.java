package nashir.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nashir.TestChannel;
import nashir.compose.PostComposer;
import nashir.feed.FeedReader;
import nashir.feed.FeedSettings;
import nashir.publish.Network;
import nashir.publish.Publishers;
import nashir.schedule.SchedulePreview;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview writes one story for each of the schedule's accounts, each by its network's rule. */
class PreviewCommandNetworksTests {

	static final String HEADLINE = "قمة “بوتين وبايدن”.. اتفاق على عودة السفراء";

	/** About 400 letters: the whole of it fits Mastodon's 500, not X's 280. */
	static final String EXCERPT = ("اتفق الرئيسان في ختام قمتهما في جنيف على عودة السفيرين إلى موسكو وواشنطن، "
			+ "وعلى إطلاق حوار شامل حول الاستقرار الاستراتيجي 🤝🏽 ").repeat(3).strip();

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	final Publishers publishers = TestChannel
		.publishers(Map.of("main", Network.X, "ofoq_masto", Network.MASTODON, "ofoq_tg", Network.TELEGRAM));

	@TempDir
	Path dir;

	Path feed;

	Path schedule;

	@BeforeEach
	void aStoryAndAScheduleForThreeNetworks() throws Exception {
		feed = Files.writeString(dir.resolve("summit.xml"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel><title>أفق نيوز</title><link>https://ofoq.example.com</link>
				<description>أخبار</description>
				<item><title>%s</title><link>https://ofoq.example.com/2021/06/16/summit/</link>
				<description>%s</description><pubDate>Wed, 16 Jun 2021 20:10:00 +0000</pubDate>
				<guid isPermaLink="false">https://ofoq.example.com/?p=104233</guid></item>
				</channel></rss>
				""".formatted(HEADLINE, EXCERPT));
		schedule = Files.writeString(dir.resolve("summit.yml"), """
				feed: https://ofoq.example.com/feed/
				every: 60s
				accounts: [main, ofoq_masto, ofoq_tg]
				template: "{title}\\n{excerpt}\\n{link}"
				image: none
				""");
	}

	int run(String... args) {
		return new PreviewCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), (work) -> work.applyAsInt(
						new SchedulePreview(new FeedReader(FeedSettings.defaults()), PostComposer.offline(), publishers)))
			.run(args);
	}

	@Test
	void shouldPrintEachAccountsPostWithItsNetworkAndCount() {
		assertThat(run(feed.toString(), "--schedule", schedule.toString())).isZero();
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(printed).startsWith("── https://ofoq.example.com/?p=104233\n")
			.containsPattern("\n   @main · x · length (2[0-7][0-9]|280)/280\n" + HEADLINE + "\n")
			.containsPattern("\n   @ofoq_masto · mastodon · length [34][0-9][0-9]/500\n" + HEADLINE + "\n")
			.containsPattern("\n   @ofoq_tg · telegram · length [34][0-9][0-9]/4096\n" + HEADLINE + "\n")
			.doesNotContain("too long");
		String[] posts = printed.split("\n   @");
		assertThat(posts[1]).as("X's post gives up part of the excerpt").contains("…").doesNotContain(EXCERPT);
		assertThat(posts[2]).as("Mastodon's takes all of it").contains(EXCERPT);
		assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void shouldPrintOneJsonLinePerAccountWithItsNetworksCount() {
		assertThat(run(feed.toString(), "--schedule", schedule.toString(), "--json")).isZero();
		JsonMapper json = JsonMapper.builder().build();
		List<JsonNode> lines = out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
		assertThat(lines).extracting((line) -> line.path("account").asString())
			.containsExactly("main", "ofoq_masto", "ofoq_tg");
		assertThat(lines).extracting((line) -> line.path("network").asString())
			.containsExactly("x", "mastodon", "telegram");
		assertThat(lines).extracting((line) -> line.path("max").asInt()).containsExactly(280, 500, 4096);
		assertThat(lines).allSatisfy((line) -> {
			assertThat(line.path("key").asString()).isEqualTo("https://ofoq.example.com/?p=104233");
			assertThat(line.path("valid").asBoolean()).isTrue();
			assertThat(line.path("weightedLength").asInt()).isEqualTo(line.path("length").asInt());
		});
		assertThat(lines.get(0).path("length").asInt()).isLessThanOrEqualTo(280);
		assertThat(lines.get(1).path("length").asInt()).isGreaterThan(280).isLessThanOrEqualTo(500);
		assertThat(lines.get(1).path("text").asString()).contains(EXCERPT);
	}

	@Test
	void shouldKeepTheXBlockForAScheduleOfOneXAccount() throws Exception {
		Path xOnly = Files.writeString(dir.resolve("x.yml"), """
				feed: https://ofoq.example.com/feed/
				every: 60s
				account: main
				image: none
				""");
		assertThat(run(feed.toString(), "--schedule", xOnly.toString())).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("── https://ofoq.example.com/?p=104233\n   length ")
			.contains("/280 · published 2021-06-16T20:10:00Z · image none\n" + HEADLINE)
			.doesNotContain("@main");
	}

}
