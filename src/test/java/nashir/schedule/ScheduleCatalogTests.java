package nashir.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleCatalogTests {

	static final String GOOD = "feed: https://ofoq.example.com/feed/\nevery: 60s\nsite: أفق نيوز\n";

	@TempDir
	Path dir;

	private ScheduleCatalog catalog() {
		return new ScheduleCatalog(dir, new ScheduleFileParser(ScheduleFileParserTests.RULES));
	}

	private Path write(String name, String yaml) throws IOException {
		return Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
	}

	@Test
	void shouldKeepTheGoodSchedulesWhenOneFileIsBad() throws Exception {
		write("good.yml", GOOD);
		write("broken.yml", "feed: https://example.com/feed/\nevery: never\n");
		write("notes.txt", "not a schedule");
		write(".#good.yml", "an editor's lock file");

		ScheduleCatalog catalog = catalog();

		assertThat(catalog.all()).extracting(Schedule::id).containsExactly("good");
		assertThat(catalog.problems()).singleElement().asString().startsWith("broken.yml line 2:");
		assertThat(catalog.find("good")).isPresent();
	}

	@Test
	void shouldReportAMissingSchedulesFolder() {
		ScheduleCatalog catalog = new ScheduleCatalog(dir.resolve("missing"),
				new ScheduleFileParser(ScheduleFileParserTests.RULES));
		assertThat(catalog.all()).isEmpty();
		assertThat(catalog.problems()).singleElement().asString().contains("does not exist");
	}

	@Test
	void shouldReadNothingAgainWhenNothingChanged() throws Exception {
		write("ofoq.yml", GOOD);
		ScheduleCatalog catalog = catalog();
		Schedule before = catalog.find("ofoq").orElseThrow();

		assertThat(catalog.reload()).isEmpty();
		assertThat(catalog.find("ofoq")).containsSame(before);
	}

	@Test
	void shouldTellWhichSchedulesWereAddedChangedAndRemoved() throws Exception {
		write("ofoq.yml", GOOD);
		write("sport.yml", GOOD);
		ScheduleCatalog catalog = catalog();

		write("opinion.yml", GOOD);
		assertThat(catalog.reload()).containsExactly("opinion");
		assertThat(catalog.all()).extracting(Schedule::id).containsExactly("ofoq", "opinion", "sport");

		write("ofoq.yml", GOOD.replace("every: 60s", "every: 120s"));
		assertThat(catalog.reload()).containsExactly("ofoq");
		assertThat(catalog.find("ofoq").orElseThrow().trigger()).isEqualTo(new PollTrigger.Every(Duration.ofMinutes(2)));

		Files.delete(dir.resolve("sport.yml"));
		assertThat(catalog.reload()).containsExactly("sport");
		assertThat(catalog.find("sport")).isEmpty();
	}

	@Test
	void shouldStopAScheduleWhoseFileTurnsBadAndSayWhy() throws Exception {
		write("ofoq.yml", GOOD);
		ScheduleCatalog catalog = catalog();

		write("ofoq.yml", GOOD + "account: sprt\n");

		assertThat(catalog.reload()).containsExactly("ofoq");
		assertThat(catalog.find("ofoq")).isEmpty();
		assertThat(catalog.problems()).containsExactly(
				"ofoq.yml line 4: unknown account 'sprt'; configured accounts: main, sport");

		write("ofoq.yml", GOOD + "account: sport\n");
		assertThat(catalog.reload()).containsExactly("ofoq");
		assertThat(catalog.find("ofoq").orElseThrow().accounts()).containsExactly("sport");
		assertThat(catalog.problems()).isEmpty();
	}

	@Test
	void shouldNoticeAFileSavedByRenamingANewOneOverIt() throws Exception {
		write("ofoq.yml", GOOD);
		ScheduleCatalog catalog = catalog();
		// Same size, same time: only the file's identity tells.
		Path replacement = write("ofoq.yml.tmp", GOOD.replace("every: 60s", "every: 90s"));
		Files.setLastModifiedTime(replacement, Files.getLastModifiedTime(dir.resolve("ofoq.yml")));

		Files.move(replacement, dir.resolve("ofoq.yml"), StandardCopyOption.ATOMIC_MOVE);

		assertThat(catalog.reload()).containsExactly("ofoq");
		assertThat(catalog.find("ofoq").orElseThrow().trigger()).isEqualTo(new PollTrigger.Every(Duration.ofSeconds(90)));
	}

	@Test
	void shouldKeepTheSchedulesWhileTheFolderIsGone() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("schedules"));
		Files.writeString(folder.resolve("ofoq.yml"), GOOD);
		ScheduleCatalog catalog = new ScheduleCatalog(folder, new ScheduleFileParser(ScheduleFileParserTests.RULES));

		Files.move(folder, dir.resolve("unmounted"));

		assertThat(catalog.reload()).isEmpty();
		assertThat(catalog.find("ofoq")).isPresent();
		assertThat(catalog.problems()).singleElement().asString().endsWith("the schedules folder does not exist");
	}

}
