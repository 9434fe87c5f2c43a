package nashir.account;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import nashir.publish.Account;
import nashir.publish.AccountSettings;
import nashir.publish.ConfiguredAccounts;
import nashir.queue.AccountStates;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.mockito.Mockito.mock;

/**
 * The accounts feature on a migrated database, without Spring: one configured account {@code main},
 * changes collected in {@link #changes}. Distinctive secrets, so a test can look for them anywhere.
 */
final class AccountFixture {

	static final String CONSUMER_KEY = "CK-zq81-consumer";

	static final String CONSUMER_SECRET = "CS-zq81-consumer-secret";

	static final String ACCESS_TOKEN = "AT-zq81-access-token";

	static final String ACCESS_SECRET = "AS-zq81-access-secret";

	static final List<String> SECRETS = List.of(CONSUMER_KEY, CONSUMER_SECRET, ACCESS_TOKEN, ACCESS_SECRET);

	final JdbcClient jdbc;

	final SecretBox box;

	final AppAccountTable table;

	final AllAccounts accounts;

	final AccountStates states = mock(AccountStates.class);

	final List<AccountChanged> changes = new ArrayList<>();

	final AppAccounts store;

	AccountFixture(DataSource data, Path dataDir, String configuredApp) {
		jdbc = JdbcClient.create(data);
		box = AccountConfiguration.open(jdbc, "", dataDir);
		table = new AppAccountTable(jdbc, box, Clock.systemUTC());
		Account main = new Account(null, null, null, null, true, Duration.ZERO, 0, null, Duration.ofMinutes(15), null, null);
		accounts = new AllAccounts(new ConfiguredAccounts(new AccountSettings(Map.of("main", main))), table);
		store = new AppAccounts(table, accounts, states, event -> changes.add((AccountChanged) event),
				configuredApp == null ? "" : "configured-key", configuredApp == null ? "" : configuredApp);
	}

	static DataSource h2() {
		JdbcDataSource data = new JdbcDataSource();
		data.setURL("jdbc:h2:mem:accounts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		data.setUser("sa");
		migrate(data, "h2");
		return data;
	}

	static void migrate(DataSource data, String vendor) {
		Flyway.configure().dataSource(data).locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
			.load().migrate();
	}

	static XConnection connection(String name) {
		return new XConnection(name, new XApp(CONSUMER_KEY, CONSUMER_SECRET), ACCESS_TOKEN, ACCESS_SECRET,
				new XProfile("1862", "ofoq_news", "أفق الإخبارية", "https://pbs.twimg.com/profile_images/1/ofoq.jpg"));
	}

}
