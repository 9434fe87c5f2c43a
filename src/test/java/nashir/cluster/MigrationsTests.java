package nashir.cluster;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every migration runs on both databases Nashir supports, from nothing, and leaves the same
 * tables: H2 (the single node's file database) and PostgreSQL (clusters). The locations are the
 * ones application.yml gives Flyway, with {@code {vendor}} spelt out.
 */
class MigrationsTests {

	static final Set<String> QUARTZ_TABLES = Set.of("qrtz_blob_triggers", "qrtz_calendars", "qrtz_cron_triggers",
			"qrtz_fired_triggers", "qrtz_job_details", "qrtz_locks", "qrtz_paused_trigger_grps",
			"qrtz_scheduler_state", "qrtz_simple_triggers", "qrtz_simprop_triggers", "qrtz_triggers");

	@Test
	void shouldMigrateH2FromNothing() throws SQLException {
		Flyway flyway = flyway("h2", "jdbc:h2:mem:migrations-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
		migrate(flyway);
		try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
			assertThat(tables(connection, "PUBLIC")).containsAll(expectedTables());
		}
	}

	@Test
	void shouldMigratePostgresFromNothing() throws SQLException {
		try (PostgresSchema schema = PostgresSchema.create()) {
			Flyway flyway = flyway("postgresql", schema.url(), PostgresSchema.USER, PostgresSchema.PASSWORD);
			migrate(flyway);
			try (Connection connection = schema.connect()) {
				assertThat(tables(connection, schema.name())).containsAll(expectedTables());
			}
		}
	}

	@Test
	void shouldApplyTheSameMigrationsOnBothDatabases() throws SQLException {
		List<String> h2 = migrate(flyway("h2", "jdbc:h2:mem:same-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""));
		try (PostgresSchema schema = PostgresSchema.create()) {
			List<String> postgres = migrate(
					flyway("postgresql", schema.url(), PostgresSchema.USER, PostgresSchema.PASSWORD));
			assertThat(postgres).as("versions and descriptions").isEqualTo(h2);
		}
	}

	/**
	 * Every statement of every migration runs again over its own work, as after a crash before
	 * Flyway recorded the migration (H2 commits each DDL statement at once).
	 */
	@Test
	void shouldRunEveryMigrationAgainOverItsOwnWorkOnBothDatabases() throws SQLException {
		runTwice(flyway("h2", "jdbc:h2:mem:again-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""));
		try (PostgresSchema schema = PostgresSchema.create()) {
			runTwice(flyway("postgresql", schema.url(), PostgresSchema.USER, PostgresSchema.PASSWORD));
		}
	}

	private static void runTwice(Flyway flyway) throws SQLException {
		List<String> first = migrate(flyway);
		try (Connection connection = flyway.getConfiguration().getDataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("DELETE FROM \"flyway_schema_history\"");
		}
		assertThat(migrate(flyway)).isEqualTo(first);
	}

	/** Runs every migration, checks each succeeded and that a second run finds nothing to do. */
	private static List<String> migrate(Flyway flyway) {
		assertThat(flyway.migrate().success).isTrue();
		List<String> applied = new ArrayList<>();
		for (MigrationInfo info : flyway.info().all()) {
			assertThat(info.getState()).as("V%s %s", info.getVersion(), info.getDescription())
				.isEqualTo(MigrationState.SUCCESS);
			applied.add(info.getVersion() + " " + info.getDescription());
		}
		assertThat(applied).as("migrations found").isNotEmpty().first().asString().startsWith("1 ");
		assertThat(flyway.migrate().migrationsExecuted).as("a second run").isZero();
		return applied;
	}

	private static Set<String> expectedTables() {
		Set<String> expected = new TreeSet<>(QUARTZ_TABLES);
		expected.addAll(Set.of("feed_state", "feed_item", "post", "post_event", "account_state", "websub_subscription"));
		return expected;
	}

	private static Flyway flyway(String vendor, String url, String user, String password) {
		return Flyway.configure()
			.dataSource(url, user, password)
			.locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
			.load();
	}

	private static Set<String> tables(Connection connection, String schema) throws SQLException {
		Set<String> tables = new TreeSet<>();
		DatabaseMetaData meta = connection.getMetaData();
		try (ResultSet rs = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return tables;
	}

}
