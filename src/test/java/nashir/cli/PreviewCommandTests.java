package nashir.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewCommandTests {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		return new PreviewCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	List<JsonNode> jsonLines() {
		JsonMapper json = JsonMapper.builder().build();
		return out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
	}

	@Test
	void shouldPrintOneJsonLinePerItemOfARealFeed() {
		assertThat(run("src/test/resources/feeds/corpus/guardian.rss", "--json")).isZero();
		List<JsonNode> lines = jsonLines();
		assertThat(lines).isNotEmpty().allSatisfy(line -> {
			assertThat(line.path("key").asString()).isNotBlank();
			assertThat(line.path("title").asString()).isNotBlank();
			assertThat(line.path("link").asString()).startsWith("http");
			assertThat(line.path("text").asString()).contains(line.path("title").asString().substring(0, 5));
			assertThat(line.path("weightedLength").asInt()).isBetween(1, 280);
		});
		assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void shouldComposeByAScheduleFileNewestFirst() {
		assertThat(run("config/samples/ofoq.xml", "--schedule", "schedules/ofoq-sample.yml", "--json")).isZero();
		List<JsonNode> lines = jsonLines();
		assertThat(lines).hasSize(10);
		JsonNode newest = lines.get(0);
		assertThat(newest.path("published").asString()).isGreaterThan(lines.get(9).path("published").asString());
		assertThat(newest.path("text").asString()).contains("\n#").contains("https://ofoq.example.com/2021/06/17/%D9%85");
		assertThat(newest.path("hashtags")).isNotEmpty();
		assertThat(newest.path("image").asString()).startsWith("https://ofoq.example.com/wp-content/uploads/");
	}

	@Test
	void shouldPrintAReadableBlockPerItemByDefault() {
		assertThat(run("config/samples/ofoq.xml")).isZero();
		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).contains("── https://ofoq.example.com/?p=").contains("length ").contains("/280");
	}

	@Test
	void shouldExitWithTwoAndOneLineForSomethingThatIsNotAFeed() {
		assertThat(run("src/test/resources/feeds/html-page.html")).isEqualTo(2);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
		String message = err.toString(StandardCharsets.UTF_8);
		assertThat(message.lines()).hasSize(1);
		assertThat(message).startsWith("preview: ").contains("html-page.html");
	}

	@Test
	void shouldExitWithTwoForAMissingFile() {
		assertThat(run("no/such/feed.xml")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString().contains("feed.xml");
	}

	@Test
	void shouldReadAFeedFileAnywhereButCheckTheScheduleAsTheServiceWould(@TempDir Path elsewhere) throws Exception {
		Path feed = Files.copy(Path.of("config/samples/ofoq.xml"), elsewhere.resolve("ofoq.xml"));
		assertThat(run(feed.toString(), "--json")).as("a feed named on the command line is the user's choice").isZero();

		Path schedule = Files.writeString(elsewhere.resolve("ofoq.yml"), "feed: " + feed.toUri() + "\nevery: 60s\n");
		assertThat(run(feed.toString(), "--schedule", schedule.toString())).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement()
			.asString()
			.startsWith("preview: ofoq.yml line 1: 'feed' " + feed + " is outside nashir.feed.file-root");
	}

	@Test
	void shouldExplainAWrongCommandLine() {
		assertThat(run()).isEqualTo(64);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar nashir.jar preview");
		assertThat(run("a.xml", "--frobnicate")).isEqualTo(64);
	}

	@Test
	void shouldListEachStoryOnceLikeTheService() {
		assertThat(run("src/test/resources/feeds/arabic-duplicates.xml", "--json")).isZero();
		assertThat(jsonLines()).extracting(line -> line.path("key").asString())
			.containsExactly("https://ofoq.example.com/?p=104240", "https://ofoq.example.com/?p=104299",
					"https://ofoq.example.com/?p=104235");
		assertThat(jsonLines().get(0).path("title").asString()).isEqualTo("البنك المركزي يرفع سعر الفائدة (محدث)");
	}

}
