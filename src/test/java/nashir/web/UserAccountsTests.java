package nashir.web;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Users in the database with bcrypt hashes, the first admin, and the audit of every change. */
@ExtendWith(OutputCaptureExtension.class)
class UserAccountsTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);

	JdbcClient jdbc = WebDatabase.fresh();

	BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

	AuditLog audit = new AuditLog(jdbc, CLOCK);

	UserAccounts users = new UserAccounts(jdbc, bcrypt, CLOCK, audit);

	@Test
	void shouldKeepOnlyABcryptHash() {
		assertThat(users.create("nour", "كلمة سر طويلة جدا", Role.EDITOR, "admin")).isTrue();
		String hash = jdbc.sql("SELECT password_hash FROM web_user WHERE username = 'nour'").query(String.class).single();
		assertThat(hash).startsWith("$2a$").doesNotContain("كلمة");
		UserDetails nour = users.loadUserByUsername("nour");
		assertThat(bcrypt.matches("كلمة سر طويلة جدا", nour.getPassword())).isTrue();
		assertThat(nour.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR");
		assertThat(users.all()).singleElement().satisfies(a -> assertThat(a.role()).isEqualTo(Role.EDITOR));
		assertThat(audit.latest(5)).singleElement().satisfies(e -> {
			assertThat(e.username()).isEqualTo("admin");
			assertThat(e.action()).isEqualTo("user-create");
			assertThat(e.target()).isEqualTo("nour");
		});
	}

	@Test
	void shouldRefuseShortPasswordsOddNamesAndTakenNames() {
		assertThatExceptionOfType(ActionRefused.class).isThrownBy(() -> users.create("nour", "short", Role.EDITOR, "admin"))
			.withMessageContaining("12 characters");
		assertThatExceptionOfType(ActionRefused.class)
			.isThrownBy(() -> users.create("نور", "a long enough password", Role.EDITOR, "admin"));
		assertThat(users.create("nour", "a long enough password", Role.EDITOR, "admin")).isTrue();
		assertThat(users.create("nour", "another long password", Role.VIEWER, "admin")).isFalse();
		assertThatExceptionOfType(UsernameNotFoundException.class).isThrownBy(() -> users.loadUserByUsername("ghost"));
	}

	@Test
	void shouldNeverLeaveTheAppWithoutAnEnabledAdmin() {
		users.create("admin", "a long enough password", Role.ADMIN, "nashir");
		users.create("nour", "a long enough password", Role.EDITOR, "admin");
		assertThatExceptionOfType(ActionRefused.class).isThrownBy(() -> users.change("admin", Role.EDITOR, true, "admin"))
			.withMessageContaining("last enabled admin");
		assertThatExceptionOfType(ActionRefused.class).isThrownBy(() -> users.change("admin", Role.ADMIN, false, "admin"));
		users.change("nour", Role.ADMIN, true, "admin");
		users.change("admin", Role.VIEWER, false, "nour");
		assertThat(users.loadUserByUsername("admin").isEnabled()).isFalse();
	}

	@Test
	void shouldCreateTheFirstAdminFromTheEnvironmentAndPrintNothing() throws Exception {
		String printed = console(() -> new FirstAdmin(users, "from NASHIR_ADMIN_PASSWORD").run(null));
		assertThat(printed).doesNotContain("from NASHIR_ADMIN_PASSWORD ").doesNotContain("with the password");
		assertThat(bcrypt.matches("from NASHIR_ADMIN_PASSWORD", users.loadUserByUsername("admin").getPassword())).isTrue();
		assertThat(users.loadUserByUsername("admin").getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_ADMIN");
	}

	@Test
	void shouldPrintARandomFirstPasswordOnceAndNeverAgain() throws Exception {
		String first = console(() -> new FirstAdmin(users, "").run(null));
		String password = first.replaceAll("(?s).*with the password (\\S+).*", "$1");
		assertThat(password).hasSizeGreaterThanOrEqualTo(UserAccounts.MIN_PASSWORD_LENGTH);
		assertThat(bcrypt.matches(password, users.loadUserByUsername("admin").getPassword())).isTrue();
		assertThat(first.split(password, -1)).as("printed once").hasSize(2);
		assertThat(console(() -> new FirstAdmin(users, "").run(null))).as("second start").isEmpty();
	}

	@Test
	void shouldSayInTheLogThatTheAdminPasswordIsIgnoredOnceUsersExist(CapturedOutput output) {
		users.create("nour", "a long enough password", Role.ADMIN, "nashir");
		new FirstAdmin(users, "from NASHIR_ADMIN_PASSWORD").run(null);
		assertThat(output).contains("event=admin_password_ignored reason=users_exist")
			.doesNotContain("from NASHIR_ADMIN_PASSWORD ");
		assertThat(users.all()).extracting(UserAccounts.Account::username).containsExactly("nour");
	}

	@Test
	void shouldNameTheVariableWhenTheFirstPasswordIsTooShort() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> new FirstAdmin(users, "short").run(null))
			.withMessage("NASHIR_ADMIN_PASSWORD cannot be used: a password has at least 12 characters");
		assertThat(users.isEmpty()).isTrue();
	}

	private static String console(ThrowingRunnable action) throws Exception {
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			action.run();
		}
		finally {
			System.setOut(original);
		}
		return captured.toString(StandardCharsets.UTF_8);
	}

	interface ThrowingRunnable {

		void run() throws Exception;

	}

}
