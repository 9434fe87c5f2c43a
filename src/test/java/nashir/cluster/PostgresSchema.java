package nashir.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty schema on the local PostgreSQL ({@code POSTGRES_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}), dropped again on close,
 * so every test run starts from nothing and leaves nothing. Without a server the test is skipped
 * on a workstation but fails in CI ({@code CI=true}), where a skipped cluster test would hide a
 * broken set-up.
 */
public final class PostgresSchema implements AutoCloseable {

	static final String SERVER = envOr("POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");

	public static final String USER = envOr("POSTGRES_USER", "postgres");

	public static final String PASSWORD = envOr("POSTGRES_PASSWORD", "");

	private final String name;

	private PostgresSchema(String name) {
		this.name = name;
	}

	public static PostgresSchema create() {
		String name = "nashir_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection connection = connect(SERVER); Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + name);
		}
		catch (SQLException ex) {
			String reason = "PostgreSQL at " + SERVER + " is not usable: " + ex.getMessage();
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail(reason + " (CI=true: the PostgreSQL tests must run)");
			}
			Assumptions.abort(reason);
		}
		return new PostgresSchema(name);
	}

	public String name() {
		return name;
	}

	/** The server's URL with this schema as the only one on the search path. */
	public String url() {
		return SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + name;
	}

	public Connection connect() throws SQLException {
		return connect(url());
	}

	@Override
	public void close() throws SQLException {
		try (Connection connection = connect(SERVER); Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
		}
	}

	private static Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, USER, PASSWORD);
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
