package nashir;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Flyway on an H2 database as the application configures it, and what a migrated schema looks like. */
final class Migrations {

	static final String[] LOCATIONS = { "classpath:db/migration", "classpath:db/vendor/h2" };

	/** The migrations as the released version shipped them (copied from it, never edited). */
	static final String[] RELEASED_LOCATIONS = { "classpath:db/migration-released/common",
			"classpath:db/migration-released/h2" };

	private Migrations() {
	}

	static Flyway flyway(String url, String[] locations, Callback... callbacks) {
		return configure(url, locations).callbacks(callbacks).load();
	}

	/** Out of order as in application.yml: a database made by the released version lacks V16 but has V51. */
	static FluentConfiguration configure(String url, String[] locations) {
		return Flyway.configure().dataSource(url, "sa", "").locations(locations).outOfOrder(true);
	}

	/** Applied and not failed: a version below one already applied (V16 after V51) runs out of order. */
	static boolean applied(MigrationInfo info) {
		return info.getState().isApplied() && !info.getState().isFailed();
	}

	/**
	 * Every table's columns, every index's columns and every constraint's kind and columns, one line
	 * each, sorted. Names H2 makes up itself are left out: they depend on the order objects were made.
	 */
	static List<String> schema(String url) throws SQLException {
		List<String> lines = new ArrayList<>();
		try (Connection connection = java.sql.DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			collect(statement, lines, """
					SELECT CONCAT_WS(' ', 'column', TABLE_NAME || '.' || COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH,
					  IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY)
					FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'""");
			collect(statement, lines, """
					SELECT CONCAT_WS(' ', 'index', i.TABLE_NAME, i.INDEX_TYPE_NAME,
					  '(' || LISTAGG(c.COLUMN_NAME, ',') WITHIN GROUP (ORDER BY c.ORDINAL_POSITION) || ')',
					  CASE WHEN i.INDEX_NAME NOT LIKE 'PRIMARY_KEY%' AND i.INDEX_NAME NOT LIKE 'CONSTRAINT%'
					    AND i.INDEX_NAME NOT LIKE '%\\_INDEX\\_%' THEN i.INDEX_NAME END)
					FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c
					  ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME
					WHERE i.TABLE_SCHEMA = 'PUBLIC'
					GROUP BY i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME""");
			collect(statement, lines, """
					SELECT CONCAT_WS(' ', 'constraint', t.TABLE_NAME, t.CONSTRAINT_TYPE,
					  '(' || LISTAGG(k.COLUMN_NAME, ',') WITHIN GROUP (ORDER BY k.ORDINAL_POSITION) || ')',
					  CASE WHEN t.CONSTRAINT_NAME NOT LIKE 'CONSTRAINT%' THEN t.CONSTRAINT_NAME END)
					FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
					  ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME
					WHERE t.TABLE_SCHEMA = 'PUBLIC'
					GROUP BY t.TABLE_NAME, t.CONSTRAINT_NAME, t.CONSTRAINT_TYPE""");
			collect(statement, lines, """
					SELECT CONCAT_WS(' ', 'migration', "version", "description", "success")
					FROM "flyway_schema_history" """);
		}
		lines.sort(null);
		return lines;
	}

	private static void collect(Statement statement, List<String> lines, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				lines.add(rs.getString(1));
			}
		}
	}

}
