package nashir.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A user's display name, in Arabic, beside the Latin name they sign in with (web_user.display_name, V56). */
class UserDisplayNameTests {

	JdbcClient jdbc = WebDatabase.fresh();

	AuditLog audit = new AuditLog(jdbc, UserAccountsTests.CLOCK);

	UserAccounts users = new UserAccounts(jdbc, new BCryptPasswordEncoder(4), UserAccountsTests.CLOCK, audit);

	@BeforeEach
	void nour() {
		users.create("nour", "a long enough password", Role.EDITOR, "admin");
	}

	@Test
	void shouldKeepAnArabicNameAndAuditItsChanges() {
		users.rename("nour", "  نور الحكيمي – مكتب التواصل  ", "admin");
		assertThat(users.all()).singleElement().satisfies(u -> {
			assertThat(u.username()).isEqualTo("nour");
			assertThat(u.displayName()).isEqualTo("نور الحكيمي – مكتب التواصل");
		});
		users.rename("nour", "نور الحكيمي – مكتب التواصل", "admin");
		assertThat(audit.latest(5)).extracting(e -> e.action() + " " + e.textAfter())
			.containsExactly("user-rename نور الحكيمي – مكتب التواصل", "user-create null");

		users.rename("nour", " ", "admin");
		assertThat(users.all()).singleElement().satisfies(u -> assertThat(u.displayName()).isNull());
	}

	@Test
	void shouldRefuseALongNameALineBreakAndAMissingUser() {
		assertThatExceptionOfType(ActionRefused.class).isThrownBy(() -> users.rename("nour", "ن".repeat(101), "admin"))
			.withMessageContaining("100 characters");
		assertThatExceptionOfType(ActionRefused.class)
			.isThrownBy(() -> users.rename("nour", "نور\nالحكيمي", "admin"));
		assertThatExceptionOfType(ActionRefused.class).isThrownBy(() -> users.rename("sami", "سامي", "admin"))
			.withMessageContaining("'sami'");
	}

}
