package nashir.web;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A fresh in-memory H2 database with the application's own migrations, for the web layer's SQL. */
final class WebDatabase {

	private WebDatabase() {
	}

	static JdbcClient fresh() {
		return JdbcClient.create(migrated());
	}

	static DataSource migrated() {
		JdbcDataSource data = new JdbcDataSource();
		data.setURL("jdbc:h2:mem:web-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		data.setUser("sa");
		Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
		return data;
	}

}
