package nashir.account;

import java.nio.file.Path;

import nashir.cluster.PostgresSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The accounts' SQL on PostgreSQL too (the other tests run it on H2). */
class AppAccountsPostgresTests {

	@TempDir
	Path dataDir;

	@Test
	void shouldKeepAConnectedAccountOnPostgres() throws Exception {
		try (PostgresSchema schema = PostgresSchema.create()) {
			DriverManagerDataSource data = new DriverManagerDataSource(schema.url(), PostgresSchema.USER,
					PostgresSchema.PASSWORD);
			AccountFixture.migrate(data, "postgresql");
			AppAccountsTests.scenario(new AccountFixture(data, dataDir, null));
		}
	}

	@Test
	void shouldKeepAnAccountOfEachNetworkOnPostgres() throws Exception {
		try (PostgresSchema schema = PostgresSchema.create()) {
			DriverManagerDataSource data = new DriverManagerDataSource(schema.url(), PostgresSchema.USER,
					PostgresSchema.PASSWORD);
			AccountFixture.migrate(data, "postgresql");
			NetworkAccountsTests.scenario(new AccountFixture(data, dataDir, null));
		}
	}

}
