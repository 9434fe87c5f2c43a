package nashir.feed;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import nashir.cluster.VendorMigrations;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upgrade copies the items that could not be handed on from feed_item's columns to
 * feed_item_failure, on both databases: the feed's page names them as before, and a new failure
 * is written to the new table only.
 */
class FeedItemFailureMigrationTests {

	private static final OffsetDateTime FAILED = OffsetDateTime.of(2026, 12, 1, 9, 30, 0, 0, ZoneOffset.UTC);

	@Test
	void shouldCarryTheFailuresOverOnH2() throws SQLException {
		VendorMigrations.onH2("16", FeedItemFailureMigrationTests::upgrade);
	}

	@Test
	void shouldCarryTheFailuresOverOnPostgres() throws SQLException {
		VendorMigrations.onPostgres("16", FeedItemFailureMigrationTests::upgrade);
	}

	private static void upgrade(String vendor, SingleConnectionDataSource data, Runnable toLatest) {
		JdbcTemplate jdbc = new JdbcTemplate(data);
		for (int item = 1; item <= 3; item++) {
			jdbc.update("INSERT INTO feed_item (feed_id, item_key, link, title, first_seen_at, link_key) "
					+ "VALUES ('ofoq', ?, ?, ?, ?, ?)", "https://ofoq.example.com/?p=" + item,
					"https://ofoq.example.com/?p=" + item, "خبر عاجل " + item, FAILED, "key-" + item);
		}
		jdbc.update("UPDATE feed_item SET error = ?, failed_at = ? WHERE item_key = ?",
				"DataIntegrityViolationException: Value too long", FAILED, "https://ofoq.example.com/?p=2");

		toLatest.run();

		FeedLedger ledger = new FeedLedger(jdbc);
		assertThat(ledger.failures("ofoq", 10)).containsExactly(new ItemFailure("https://ofoq.example.com/?p=2",
				"خبر عاجل 2", "https://ofoq.example.com/?p=2", "DataIntegrityViolationException: Value too long",
				FAILED.toInstant()));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feed_item", Integer.class)).isEqualTo(3);
		ledger.recordFailure("ofoq", "https://ofoq.example.com/?p=3", "the handler refused it",
				FAILED.plusHours(1).toInstant());
		assertThat(ledger.failures("ofoq", 10)).extracting(ItemFailure::key)
			.containsExactly("https://ofoq.example.com/?p=3", "https://ofoq.example.com/?p=2");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feed_item WHERE failed_at IS NOT NULL", Integer.class))
			.as("the old column is no longer written").isOne();
	}

}
