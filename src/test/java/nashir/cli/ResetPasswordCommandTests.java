package nashir.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code reset-password} as the jar runs it: its arguments, and the configured H2 file database with no server. */
class ResetPasswordCommandTests {

	@TempDir
	Path dataDir;

	ByteArrayOutputStream out = new ByteArrayOutputStream();

	ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(Map<String, String> environment, String... args) {
		return new ResetPasswordCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), environment)
			.run(args);
	}

	@Test
	void shouldShowTheUsageForAWrongCommandLine() {
		assertThat(run(Map.of())).isEqualTo(64);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("name the user").contains("usage:");
		assertThat(run(Map.of(), "nour", "layla")).isEqualTo(64);
		assertThat(run(Map.of(ResetPasswordCommand.VARIABLE, "short"), "nour")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("NASHIR_NEW_PASSWORD has fewer than 12 characters");
	}

	@Test
	void shouldSetTheNewPasswordOnTheConfiguredDatabase() {
		String database = "--nashir.data-dir=" + dataDir;
		assertThat(run(Map.of(), "ghost", database)).as("no such user").isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("reset-password: there is no user 'ghost'\n");

		// The command migrated the database; a user as the service would have made it.
		JdbcClient jdbc = h2(dataDir);
		jdbc.sql("INSERT INTO web_user (username, password_hash, role, enabled, created_at) "
				+ "VALUES ('admin', 'lost', 'ADMIN', TRUE, CURRENT_TIMESTAMP)").update();

		assertThat(run(Map.of(ResetPasswordCommand.VARIABLE, "من متغير البيئة الطويل"), "admin", database)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("من متغير").contains("NASHIR_NEW_PASSWORD");
		assertThat(matches(jdbc, "من متغير البيئة الطويل")).isTrue();

		out.reset();
		assertThat(run(Map.of(), "admin", database)).isZero();
		String generated = out.toString(StandardCharsets.UTF_8).replaceAll("(?s).*'admin': (\\S+)\n.*", "$1");
		assertThat(matches(jdbc, generated)).isTrue();
		assertThat(jdbc.sql("SELECT session_stamp FROM web_user WHERE username = 'admin'").query(Long.class).single())
			.as("sessions ended twice").isEqualTo(2);
	}

	@Test
	void shouldSayInOneLineWhenTheDatabaseCannotBeReached() {
		assertThat(run(Map.of(), "admin", "--spring.profiles.active=postgres",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nashir", "--spring.datasource.hikari.connection-timeout=250"))
			.isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("reset-password: the database cannot be used: ")
			.contains("Connection refused")
			.hasLineCount(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void shouldBeWhatTheJarRunsForResetPassword(@TempDir Path elsewhere) throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), "nashir.NashirApplication", "reset-password", "ghost",
				"--nashir.data-dir=" + elsewhere)
			.start();
		assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isEqualTo(2);
		assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
			.isEqualTo("reset-password: there is no user 'ghost'\n");
		assertThat(process.getInputStream().readAllBytes()).as("stdout, with no log lines").isEmpty();
	}

	private static boolean matches(JdbcClient jdbc, String password) {
		String hash = jdbc.sql("SELECT password_hash FROM web_user WHERE username = 'admin'").query(String.class).single();
		return new BCryptPasswordEncoder().matches(password, hash);
	}

	private static JdbcClient h2(Path dataDir) {
		JdbcDataSource data = new JdbcDataSource();
		data.setURL("jdbc:h2:file:" + dataDir.resolve("nashir") + ";AUTO_SERVER=FALSE");
		data.setUser("sa");
		return JdbcClient.create(data);
	}

}
