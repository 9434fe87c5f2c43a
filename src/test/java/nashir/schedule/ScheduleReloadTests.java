package nashir.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import nashir.NashirTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Schedule files added, changed and removed while the service runs reach the schedules table within
 * seconds, by the application's own watcher (the sweep is not started: the table is looked at).
 */
@NashirTest
class ScheduleReloadTests {

	static final Path DIR = folder();

	static final Duration WITHIN = Duration.ofSeconds(10);

	@DynamicPropertySource
	static void folder(DynamicPropertyRegistry properties) {
		properties.add("nashir.schedules-dir", DIR::toString);
		// Its own database: this context's schedules are not the shared test context's.
		properties.add("spring.datasource.url", () -> "jdbc:h2:mem:nashir-schedule-reload;DB_CLOSE_DELAY=-1");
	}

	@AfterAll
	static void removeFolder() throws IOException {
		FileSystemUtils.deleteRecursively(DIR);
	}

	@Autowired
	ScheduleTable table;

	@Autowired
	ScheduleCatalog catalog;

	@Autowired
	ScheduleControl control;

	@Test
	void shouldAddReplaceAndDeleteAsTheFilesChange() throws Exception {
		write("ofoq.yml", "feed: https://ofoq.example.com/feed/\nevery: 60s\nsite: أفق نيوز\n");
		await().atMost(WITHIN).until(() -> catalog.find("ofoq").isPresent());
		assertThat(interval()).isEqualTo(Duration.ofSeconds(60));

		control.pause("ofoq");
		write("ofoq.yml", "feed: https://ofoq.example.com/feed/\nevery: 300s\nsite: أفق نيوز\n");
		await().atMost(WITHIN).until(() -> interval().equals(Duration.ofMinutes(5)));
		assertThat(control.isPaused("ofoq")).as("an editor's pause outlives an edit of the file").isTrue();

		write("ofoq.yml", "feed: https://ofoq.example.com/feed/\nevery: 5s\n");
		await().atMost(WITHIN).until(() -> !catalog.problems().isEmpty());
		assertThat(catalog.problems()).containsExactly("ofoq.yml line 2: 'every' must be at least 10s, not 5s");
		assertThat(interval()).as("the last good text goes on").isEqualTo(Duration.ofMinutes(5));

		write("ofoq.yml", "feed: https://ofoq.example.com/feed/\nevery: 60s\n");
		await().atMost(WITHIN).until(() -> interval().equals(Duration.ofSeconds(60)));
		assertThat(catalog.problems()).isEmpty();
		Files.delete(DIR.resolve("ofoq.yml"));
		await().atMost(WITHIN).until(() -> table.row("ofoq").isEmpty());
		assertThat(catalog.find("ofoq")).isEmpty();
	}

	private Duration interval() {
		return Duration.ofMillis(table.row("ofoq").orElseThrow().timing().everyMs());
	}

	private static void write(String name, String yaml) throws IOException {
		Files.writeString(DIR.resolve(name), yaml, StandardCharsets.UTF_8);
	}

	private static Path folder() {
		try {
			return Files.createTempDirectory("nashir-schedules");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
