package nashir.web;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The command line's password reset on a real database: the new hash, the ended sessions, the audit, the refusals. */
class PasswordResetTests {

	DataSource data = WebDatabase.migrated();

	JdbcClient jdbc = JdbcClient.create(data);

	UserAccounts users = new UserAccounts(jdbc, new BCryptPasswordEncoder(), UserAccountsTests.CLOCK,
			new AuditLog(jdbc, UserAccountsTests.CLOCK));

	PasswordReset reset = new PasswordReset(jdbc, new DataSourceTransactionManager(data));

	@Test
	void shouldKeepTheOldPasswordWhenTheResetCannotBeAudited() {
		users.create("admin", "the password nobody remembers", Role.ADMIN, "nashir");
		jdbc.sql("DROP TABLE audit_entry").update();

		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> reset.reset("admin", "كلمة سر جديدة طويلة"));

		SignedInUser after = (SignedInUser) users.loadUserByUsername("admin");
		assertThat(new BCryptPasswordEncoder().matches("the password nobody remembers", after.getPassword()))
			.as("a generated password that was never shown must not have replaced it")
			.isTrue();
	}

	@Test
	void shouldSetTheNewPasswordEndTheSessionsAndAuditIt() {
		users.create("admin", "the password nobody remembers", Role.ADMIN, "nashir");
		SignedInUser before = (SignedInUser) users.loadUserByUsername("admin");

		reset.reset("admin", "كلمة سر جديدة طويلة");

		SignedInUser after = (SignedInUser) users.loadUserByUsername("admin");
		assertThat(new BCryptPasswordEncoder().matches("كلمة سر جديدة طويلة", after.getPassword())).isTrue();
		assertThat(users.isCurrent(before)).as("a session signed in before the reset").isFalse();
		assertThat(users.isCurrent(after)).isTrue();
		assertThat(jdbc.sql("SELECT username || ':' || action || ':' || target FROM audit_entry ORDER BY id DESC")
			.query(String.class)
			.list()).first().isEqualTo("reset-password:user-password:admin");
	}

	@Test
	void shouldNameTheProblemForAnUnknownUserOrAShortPassword() {
		assertThatIllegalArgumentException().isThrownBy(() -> reset.reset("ghost", "a long enough password"))
			.withMessage("there is no user 'ghost'");
		users.create("nour", "a long enough password", Role.EDITOR, "admin");
		assertThatIllegalArgumentException().isThrownBy(() -> reset.reset("nour", "short"))
			.withMessage("a password has at least 12 characters");
	}

	@Test
	void shouldGenerateLongEnoughPasswords() {
		assertThat(PasswordReset.randomPassword()).hasSizeGreaterThanOrEqualTo(PasswordReset.minimumLength())
			.isNotEqualTo(PasswordReset.randomPassword());
	}

}
