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
import static org.awaitility.Awaitility.await;

/** The schedule folder's events: every kind of change a newsroom's tools make is one. */
class FolderEventsTests {

	static final String GOOD = "feed: https://ofoq.example.com/feed/\nevery: 60s\nsite: أفق نيوز\n";

	static final Duration WITHIN = Duration.ofSeconds(5);

	@TempDir
	Path dir;

	@Test
	void shouldSayChangedOnceWhenItStartsWatchingAndThenNothingForAQuietFolder() throws IOException {
		try (FolderEvents events = new FolderEvents(dir)) {
			assertThat(events.changed()).as("what changed before it watched is not known").isTrue();
			assertThat(events.changed()).isFalse();
			assertThat(events.changed()).isFalse();
		}
	}

	@Test
	void shouldSeeAFileAddedEditedInPlaceSavedByRenameAndRemoved() throws IOException {
		try (FolderEvents events = new FolderEvents(dir)) {
			events.changed();
			Path file = dir.resolve("ofoq.yml");

			Files.writeString(file, GOOD, StandardCharsets.UTF_8);
			seen(events, "added");

			Files.writeString(file, "# الموجز\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
			seen(events, "edited in place");

			Path saved = Files.writeString(dir.resolve(".ofoq.yml.swp"), GOOD.replace("60s", "300s"));
			seen(events, "an editor's temporary file");
			Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			seen(events, "saved by renaming over it");

			Files.delete(file);
			seen(events, "removed");
		}
	}

	@Test
	void shouldSayChangedWhileTheFolderIsMissingAndWatchItOnceItIsThere() throws IOException {
		Path later = dir.resolve("schedules");
		try (FolderEvents events = new FolderEvents(later)) {
			assertThat(events.changed()).isTrue();
			assertThat(events.changed()).as("no folder to watch: every look lists it").isTrue();

			Files.createDirectory(later);
			assertThat(events.changed()).isTrue();
			assertThat(events.changed()).isFalse();

			Files.delete(later);
			await("the folder removed").atMost(WITHIN).until(events::changed);
			assertThat(events.changed()).as("gone: every look lists it").isTrue();
			Files.createDirectory(later);
			assertThat(events.changed()).as("a new folder under the same name").isTrue();
			assertThat(events.changed()).isFalse();
		}
	}

	/** The change is seen, then the folder is quiet again (one change may send several events). */
	private static void seen(FolderEvents events, String change) {
		await(change).atMost(WITHIN).until(events::changed);
		await(change + ", then quiet").atMost(WITHIN).until(() -> !events.changed());
	}

}
