package nashir.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import nashir.TestClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

/** Schedule files reach feed_schedule by content hash, and the catalog reads them back from there. */
@ScheduleTest
class ScheduleSyncTests {

	static final String GOOD = "feed: https://ofoq.example.com/feed/\nevery: 60s\nsite: أفق نيوز\n";

	@TempDir
	Path dir;

	@Autowired
	Schedules.Factory factory;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TestClock clock;

	Schedules schedules;

	@BeforeEach
	void folder() {
		clock.set(Instant.parse("2026-11-29T08:00:00Z"));
		schedules = factory.in(dir);
	}

	@Test
	void shouldWriteAFolderOfNewFilesInTransactionsOfABatchEach() throws Exception {
		int files = 2 * ScheduleSync.BATCH + 1;
		for (int i = 0; i < files; i++) {
			schedules.write("feed-" + i + ".yml", "feed: https://ofoq.example.com/feed/" + i + "\nevery: 60s\n");
		}
		CountingTransactions counted = new CountingTransactions(transactions);
		ScheduleSync sync = new ScheduleSync(dir, schedules.parser, schedules.table, counted, schedules.lock, clock);

		assertThat(sync.sync()).isTrue();

		assertThat(counted.commits).isEqualTo(3);
		assertThat(schedules.catalog.all()).hasSize(files);
		// The first polls are still spread over the whole folder, not over each batch.
		assertThat(schedules.row("feed-0").nextPollAt()).isNotEqualTo(schedules.row("feed-" + (files - 1)).nextPollAt());
		assertThat(schedules.table.rows()).extracting(ScheduleTable.Row::nextPollAt).doesNotHaveDuplicates();
	}

	/** The sync's own transactions, counted as they commit. */
	private static final class CountingTransactions implements PlatformTransactionManager {

		private final PlatformTransactionManager delegate;

		private int commits;

		CountingTransactions(PlatformTransactionManager delegate) {
			this.delegate = delegate;
		}

		@Override
		public TransactionStatus getTransaction(TransactionDefinition definition) {
			return delegate.getTransaction(definition);
		}

		@Override
		public void commit(TransactionStatus status) {
			commits += status.isNewTransaction() ? 1 : 0;
			delegate.commit(status);
		}

		@Override
		public void rollback(TransactionStatus status) {
			delegate.rollback(status);
		}

	}

	@Test
	void shouldKeepTheGoodSchedulesWhenOneFileIsBad() throws Exception {
		schedules.write("good.yml", GOOD);
		schedules.write("broken.yml", "feed: https://example.com/feed/\nevery: never\n");
		schedules.write("notes.txt", "not a schedule");
		schedules.write(".#good.yml", "an editor's lock file");
		schedules.write("bad name.yml", GOOD);

		assertThat(schedules.sync.sync()).isTrue();

		assertThat(schedules.catalog.all()).extracting(Schedule::id).containsExactly("good");
		assertThat(schedules.catalog.problems()).hasSize(2)
			.anySatisfy(problem -> assertThat(problem).startsWith("bad name.yml: the file name must be"))
			.anySatisfy(problem -> assertThat(problem).startsWith("broken.yml line 2:"));
		assertThat(schedules.catalog.find("good").orElseThrow().site()).isEqualTo("أفق نيوز");
	}

	@Test
	void shouldWriteNothingForAnUnchangedFolderOrText() throws Exception {
		schedules.write("ofoq.yml", GOOD);
		schedules.sync.sync();
		Instant updated = schedules.updatedAt("ofoq");
		clock.advance(Duration.ofMinutes(5));

		assertThat(schedules.sync.sync()).as("same folder").isFalse();
		assertThat(schedules.restartedSync().sync()).as("same text, read by another node").isFalse();
		assertThat(schedules.updatedAt("ofoq")).isEqualTo(updated);
	}

	/** Nodes restarted together must not wait for one another only to find the folder unchanged. */
	@Test
	void shouldTakeTheClusterLockOnlyWhenAFileDiffersFromItsRow() throws Exception {
		schedules.write("ofoq.yml", GOOD);
		schedules.write("sport.yml", GOOD.replace("every: 60s", "every: 90s"));
		schedules.sync.sync();
		SyncLock restartedLock = spy(schedules.lock);

		assertThat(schedules.restartedSync(schedules.parser, restartedLock).sync()).as("a restart").isFalse();
		verify(restartedLock, never()).holding(any());

		schedules.write("sport.yml", GOOD.replace("every: 60s", "every: 120s"));
		SyncLock changedLock = spy(schedules.lock);
		assertThat(schedules.restartedSync(schedules.parser, changedLock).sync()).as("a changed file").isTrue();
		verify(changedLock).holding(any());

		Files.delete(dir.resolve("ofoq.yml"));
		SyncLock removedLock = spy(schedules.lock);
		assertThat(schedules.restartedSync(schedules.parser, removedLock).sync()).as("a removed file").isTrue();
		verify(removedLock).holding(any());
		assertThat(schedules.table.row("ofoq")).isEmpty();
	}

	@Test
	void shouldParseAtARestartOnlyTheFilesWhoseTextTheTableDoesNotRun() throws Exception {
		schedules.write("ofoq.yml", GOOD);
		schedules.write("sport.yml", GOOD.replace("every: 60s", "every: 90s"));
		schedules.sync.sync();
		schedules.write("sport.yml", GOOD.replace("every: 60s", "every: 120s"));
		ScheduleFileParser parser = spy(schedules.parser);

		assertThat(schedules.restartedSync(parser).sync()).isTrue();

		verify(parser).parse(eq("sport"), anyString());
		verifyNoMoreInteractions(parser);
		assertThat(schedules.catalog.find("sport").orElseThrow().trigger())
			.isEqualTo(new PollTrigger.Every(Duration.ofSeconds(120)));
	}

	@Test
	void shouldParseANewFileOnceForTheTableAndTheCatalog() throws Exception {
		schedules.write("ofoq.yml", GOOD);
		schedules.write("sport.yml", GOOD.replace("every: 60s", "every: 90s"));
		ScheduleFileParser parser = spy(schedules.parser);
		ScheduleSync sync = schedules.restartedSync(parser);
		ScheduleCatalog catalog = new ScheduleCatalog(schedules.table, parser, sync);
		assertThat(sync.sync()).isTrue();
		// Another node writes a new text of sport before this node polls it.
		String other = GOOD.replace("every: 60s", "every: 30s");
		ScheduleTable.Row sport = schedules.table.row("sport").orElseThrow();
		schedules.table.replace("sport", sport.contentHash(), other, ScheduleSync.sha256(other), true, sport.timing(), null,
				Instant.now());

		assertThat(catalog.find("ofoq")).isPresent();
		assertThat(catalog.find("sport").orElseThrow().trigger()).as("the table's text, not the one this node parsed")
			.isEqualTo(new PollTrigger.Every(Duration.ofSeconds(30)));

		verify(parser).parse(eq("ofoq"), anyString());
		verify(parser, times(2)).parse(eq("sport"), anyString());
		verifyNoMoreInteractions(parser);
	}

	@Test
	void shouldReportAnUnchangedFileThatTheRestartedNodesAccountsRefuse() throws Exception {
		schedules.write("ofoq.yml", GOOD + "account: paced\n");
		schedules.sync.sync();
		ScheduleFileParser withoutPaced = new ScheduleFileParser(
				new ScheduleRules(Optional.of(() -> Set.of("main")), FileRoot.of(""), ScheduleRules.MIN_EVERY));
		ScheduleSync restarted = schedules.restartedSync(withoutPaced);
		ScheduleCatalog catalog = new ScheduleCatalog(schedules.table, withoutPaced, restarted);

		assertThat(restarted.sync()).isFalse();

		assertThat(catalog.find("ofoq")).as("not polled by a node that lacks its account").isEmpty();
		assertThat(catalog.problems()).singleElement().asString().contains("unknown account 'paced'");
		assertThat(schedules.catalog.find("ofoq")).as("still polled by the nodes that have it").isPresent();
	}

	@Test
	void shouldAddChangeAndRemoveAsTheFilesDo() throws Exception {
		schedules.write("ofoq.yml", GOOD);
		schedules.write("sport.yml", GOOD);
		schedules.sync.sync();

		schedules.write("opinion.yml", GOOD);
		assertThat(schedules.sync.sync()).isTrue();
		assertThat(schedules.catalog.all()).extracting(Schedule::id).containsExactly("ofoq", "opinion", "sport");

		schedules.write("ofoq.yml", GOOD.replace("every: 60s", "every: 120s").replace("site", "account: paced\nsite"));
		assertThat(schedules.sync.sync()).isTrue();
		Schedule changed = schedules.catalog.find("ofoq").orElseThrow();
		assertThat(changed.trigger()).isEqualTo(new PollTrigger.Every(Duration.ofMinutes(2)));
		assertThat(changed.accounts()).containsExactly("paced");

		Files.delete(dir.resolve("sport.yml"));
		assertThat(schedules.sync.sync()).isTrue();
		assertThat(schedules.catalog.find("sport")).isEmpty();
		assertThat(schedules.table.row("sport")).isEmpty();
	}

	@Test
	void shouldKeepTheLastGoodTextAndThePauseOfAFileThatTurnsBad() throws Exception {
		schedules.write("ofoq.yml", GOOD);
		schedules.sync.sync();
		schedules.table.setPaused("ofoq", true);

		schedules.write("ofoq.yml", GOOD + "account: sprt\n");
		assertThat(schedules.sync.sync()).isTrue();

		assertThat(schedules.catalog.find("ofoq")).as("the last good text goes on").isPresent();
		assertThat(schedules.catalog.problems()).containsExactly(
				"ofoq.yml line 4: unknown account 'sprt'; configured accounts: main, night, paced");
		assertThat(schedules.row("ofoq").paused()).isTrue();

		schedules.write("ofoq.yml", GOOD + "account: paced\n");
		schedules.sync.sync();
		assertThat(schedules.catalog.find("ofoq").orElseThrow().accounts()).containsExactly("paced");
		assertThat(schedules.catalog.problems()).isEmpty();
		assertThat(schedules.row("ofoq").paused()).as("an editor's pause outlives edits of the file").isTrue();
	}

	@Test
	void shouldNoticeAFileSavedByRenamingANewOneOverIt() throws Exception {
		schedules.write("ofoq.yml", GOOD);
		schedules.sync.sync();
		// Same size, same time: only the file's identity tells.
		Path replacement = Files.writeString(dir.resolve("ofoq.yml.tmp"), GOOD.replace("every: 60s", "every: 90s"));
		Files.setLastModifiedTime(replacement, Files.getLastModifiedTime(dir.resolve("ofoq.yml")));

		Files.move(replacement, dir.resolve("ofoq.yml"), StandardCopyOption.ATOMIC_MOVE);

		assertThat(schedules.sync.sync()).isTrue();
		assertThat(schedules.catalog.find("ofoq").orElseThrow().trigger())
			.isEqualTo(new PollTrigger.Every(Duration.ofSeconds(90)));
	}

	@Test
	void shouldKeepTheSchedulesWhileTheFolderIsGone() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("schedules"));
		Files.writeString(folder.resolve("ofoq.yml"), GOOD);
		Schedules mounted = factory.in(folder);
		mounted.sync.sync();

		Files.move(folder, dir.resolve("unmounted"));

		assertThat(mounted.sync.sync()).isFalse();
		assertThat(mounted.catalog.find("ofoq")).isPresent();
		assertThat(mounted.catalog.problems()).singleElement().asString().endsWith("the schedules folder does not exist");
	}

	@Test
	void shouldRemoveTheRowsOfFilesRemovedWhileNoNodeRan() throws Exception {
		schedules.write("ofoq.yml", GOOD);
		schedules.write("sport.yml", GOOD);
		schedules.sync.sync();
		Files.delete(dir.resolve("sport.yml"));

		schedules.restartedSync().sync();

		assertThat(schedules.catalog.all()).extracting(Schedule::id).containsExactly("ofoq");
	}

}
