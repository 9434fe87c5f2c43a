package nashir.alert;

import java.time.Instant;
import java.util.List;

import nashir.cluster.PostgresSchema;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The bell's queries on PostgreSQL too (the application's tests run them on H2). */
class AlertRepositoryPostgresTests {

	static final Instant AT = Instant.parse("2026-12-02T05:00:00Z");

	@Test
	void shouldCountListAndMarkReadPerUserOnPostgres() throws Exception {
		try (PostgresSchema schema = PostgresSchema.create()) {
			DriverManagerDataSource database = new DriverManagerDataSource(schema.url(), PostgresSchema.USER,
					PostgresSchema.PASSWORD);
			Flyway.configure().dataSource(database).locations("classpath:db/migration", "classpath:db/vendor/postgresql")
				.load().migrate();
			AlertRepository alerts = new AlertRepository(JdbcClient.create(database));

			Alert failing = alerts.insert(Alert.of(AlertKind.FEED_FAILING, AT, "feed \"ofoq\": HTTP 500", "ofoq", 3));
			Alert failed = alerts.insert(Alert.of(AlertKind.POST_FAILED, AT.plusSeconds(60), null, 17, "main",
					"عاجل: انطلاق مؤتمر الحوار الوطني في صنعاء بمشاركة واسعة"));

			assertThat(alerts.unread("layla")).isEqualTo(2);
			assertThat(alerts.markRead("layla", failing.id(), AT)).isEqualTo(1);
			assertThat(alerts.markRead("layla", failing.id(), AT)).as("a mark made twice is kept once").isZero();
			List<AlertInbox.Entry> latest = alerts.latest("layla", 10);
			assertThat(latest).extracting(AlertInbox.Entry::alert).containsExactly(failed, failing);
			assertThat(latest).extracting(AlertInbox.Entry::read).containsExactly(false, true);
			assertThat(alerts.markRead("layla", null, AT)).isEqualTo(1);
			assertThat(alerts.unread("layla")).isZero();
			assertThat(alerts.unread("nour")).isEqualTo(2);
		}
	}

}
