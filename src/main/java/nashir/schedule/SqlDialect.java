package nashir.schedule;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** The two databases Nashir runs on, where their SQL differs: H2 (one node) and PostgreSQL (clusters). */
enum SqlDialect {

	H2, POSTGRESQL;

	static SqlDialect of(JdbcTemplate jdbc) {
		String product = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData()
			.getDatabaseProductName());
		return "H2".equals(product) ? H2 : POSTGRESQL;
	}

}
