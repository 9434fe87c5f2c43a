package nashir.cluster;

import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The application's migrations on one database ({@code h2}, {@code postgresql}), out of order as the
 * application runs them, and upgrade tests run on a fresh database of each kind.
 */
public final class VendorMigrations {

	private VendorMigrations() {
	}

	/** What an upgrade test does between the old version's schema and the latest. */
	@FunctionalInterface
	public interface Upgrade {

		/** {@code data}: the database, migrated up to the old version; {@code toLatest} migrates the rest. */
		void run(String vendor, SingleConnectionDataSource data, Runnable toLatest) throws SQLException;

	}

	/** Up to {@code target}: a version, or {@code latest}. */
	private static Flyway upTo(String target, String vendor, String url, String user, String password) {
		return Flyway.configure()
			.dataSource(url, user, password)
			.locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
			.outOfOrder(true)
			.target(target)
			.load();
	}

	public static void onH2(String from, Upgrade upgrade) throws SQLException {
		run("h2", "jdbc:h2:mem:upgrade-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "", from, upgrade);
	}

	public static void onPostgres(String from, Upgrade upgrade) throws SQLException {
		try (PostgresSchema schema = PostgresSchema.create()) {
			run("postgresql", schema.url(), PostgresSchema.USER, PostgresSchema.PASSWORD, from, upgrade);
		}
	}

	private static void run(String vendor, String url, String user, String password, String from, Upgrade upgrade)
			throws SQLException {
		upTo(from, vendor, url, user, password).migrate();
		try (SingleConnectionDataSource data = new SingleConnectionDataSource(url, user, password, true)) {
			upgrade.run(vendor, data, () -> upTo("latest", vendor, url, user, password).migrate());
		}
	}

}
