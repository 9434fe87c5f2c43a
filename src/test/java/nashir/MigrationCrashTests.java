package nashir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 has no transactional DDL: a process killed in the middle of a migration leaves its first
 * statements done and nothing in Flyway's history. For every migration there is, a separate JVM is
 * killed (halt: no shutdown hook, as kill -9) after its first statement and after one in the middle;
 * the next start must then migrate to exactly the schema a clean run makes.
 */
class MigrationCrashTests {

	/** The exit status of a JVM that was killed where the test asked: not a crash of another kind. */
	static final int KILLED = 137;

	@TempDir
	Path dir;

	@Test
	void shouldMigrateToTheCleanSchemaAfterAKillInsideAnyMigration() throws Exception {
		String clean = url(dir.resolve("clean"));
		StatementCounter counter = new StatementCounter();
		Flyway flyway = Migrations.flyway(clean, Migrations.LOCATIONS, counter);
		new MigrationRepair().migrate(flyway);
		List<String> expected = Migrations.schema(clean);
		assertThat(counter.perVersion.keySet()).as("every migration has statements to kill in")
			.containsExactlyElementsOf(Arrays.stream(flyway.info().all()).map(info -> info.getVersion().getVersion()).toList());

		List<Callable<Void>> kills = new ArrayList<>();
		counter.perVersion.forEach((version, statements) -> {
			for (int statement : killPoints(statements)) {
				kills.add(() -> killAndRestart(version, statement, expected));
			}
		});
		// Two at a time: most of the time goes to starting JVMs.
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (Future<Void> kill : pool.invokeAll(kills)) {
				kill.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Void killAndRestart(String version, int statement, List<String> expected) throws Exception {
		String url = url(dir.resolve("v" + version + "-" + statement));
		assertThat(killedMigrating(url, version, statement)).as("V%s killed after statement %d", version, statement)
			.isEqualTo(KILLED);
		Flyway restarted = Migrations.flyway(url, Migrations.LOCATIONS);
		new MigrationRepair().migrate(restarted);
		assertThat(restarted.info().all()).allMatch(Migrations::applied);
		assertThat(Migrations.schema(url)).as("schema after a kill in V%s after statement %d", version, statement)
			.isEqualTo(expected);
		return null;
	}

	/** After the first statement, and after one in the middle when there are more than two. */
	static List<Integer> killPoints(int statements) {
		return statements > 2 ? List.of(1, (statements + 1) / 2) : List.of(1);
	}

	private static String url(Path file) {
		return "jdbc:h2:file:" + file.toAbsolutePath() + "/nashir;WRITE_DELAY=0";
	}

	/** Runs the migrations in a new JVM that halts after the given statement of the given migration. */
	private static int killedMigrating(String url, String version, int statement)
			throws IOException, InterruptedException {
		Path log = Files.createTempFile("migration-kill", ".log");
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m", "-cp", System.getProperty("java.class.path"),
				KilledMigration.class.getName(), url, version, Integer.toString(statement))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!child.waitFor(60, TimeUnit.SECONDS)) {
			child.destroyForcibly();
			throw new AssertionError("the migrating JVM did not stop: see " + log);
		}
		int status = child.exitValue();
		if (status != KILLED) {
			throw new AssertionError("the migrating JVM ended with " + status + ": " + Files.readString(log));
		}
		Files.delete(log);
		return status;
	}

	/** Counts the statements each migration runs. */
	static class StatementCounter implements Callback {

		final Map<String, Integer> perVersion = new TreeMap<>((a, b) -> Integer.compare(Integer.parseInt(a),
				Integer.parseInt(b)));

		@Override
		public boolean supports(Event event, Context context) {
			return event == Event.AFTER_EACH_MIGRATE_STATEMENT;
		}

		@Override
		public boolean canHandleInTransaction(Event event, Context context) {
			return true;
		}

		@Override
		public void handle(Event event, Context context) {
			perVersion.merge(context.getMigrationInfo().getVersion().getVersion(), 1, Integer::sum);
		}

		@Override
		public String getCallbackName() {
			return "count";
		}

	}

	/** The child JVM: migrates and halts after statement k of migration v. */
	static final class KilledMigration {

		public static void main(String[] args) throws SQLException {
			String url = args[0];
			String version = args[1];
			int statement = Integer.parseInt(args[2]);
			StatementCounter halting = new StatementCounter() {
				@Override
				public void handle(Event event, Context context) {
					super.handle(event, context);
					if (perVersion.getOrDefault(version, 0) == statement) {
						Runtime.getRuntime().halt(KILLED);
					}
				}
			};
			new MigrationRepair().migrate(Migrations.flyway(url, Migrations.LOCATIONS, halting));
			System.exit(0);
		}

	}

}
