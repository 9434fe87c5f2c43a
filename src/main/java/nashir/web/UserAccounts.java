package nashir.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import nashir.text.Reason;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people who may use the app, kept in {@code web_user} with bcrypt hashes. */
@Service
class UserAccounts implements UserDetailsService {

	static final int MIN_PASSWORD_LENGTH = 12;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final AuditLog audit;

	UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, Clock clock, AuditLog audit) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.clock = clock;
		this.audit = audit;
	}

	static final int MAX_DISPLAY_NAME_LENGTH = 100;

	/**
	 * A user as the users page shows it: never with the hash.
	 *
	 * @param displayName the name shown, in any script, or {@code null}
	 */
	record Account(String username, String displayName, Role role, boolean enabled, Instant createdAt) {
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("SELECT username, password_hash, role, enabled, session_stamp FROM web_user WHERE username = ?")
			.param(username)
			.query((rs, n) -> new SignedInUser(rs.getString("username"), rs.getString("password_hash"),
					rs.getBoolean("enabled"), AuthorityUtils.createAuthorityList("ROLE_" + rs.getString("role")),
					rs.getLong("session_stamp")))
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

	/**
	 * Whether a session signed in as {@code user} may go on: the user still exists, is enabled,
	 * and nothing about their access changed since. One primary-key lookup, made on every request.
	 */
	boolean isCurrent(SignedInUser user) {
		return jdbc.sql("SELECT COUNT(*) FROM web_user WHERE username = ? AND enabled AND session_stamp = ?")
			.params(user.getUsername(), user.stamp())
			.query(Long.class)
			.single() == 1;
	}

	List<Account> all() {
		return jdbc.sql("SELECT username, display_name, role, enabled, created_at FROM web_user ORDER BY username")
			.query((rs, n) -> new Account(rs.getString("username"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")),
					rs.getBoolean("enabled"), Sql.instant(rs, "created_at")))
			.list();
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM web_user").query(Long.class).single() == 0;
	}

	/**
	 * @param actor who adds the user, for the audit log
	 * @return false when the name is taken (by another node starting at the same moment, say)
	 */
	@Transactional
	boolean create(String username, String password, Role role, String actor) {
		if (!username.matches("[A-Za-z0-9._-]{2,100}")) {
			throw new ActionRefused("users.refused.name", "a user name is 2 to 100 Latin letters, digits, '.', '_' or '-'");
		}
		checkPassword(password);
		try {
			jdbc.sql("INSERT INTO web_user (username, password_hash, role, enabled, created_at) VALUES (?, ?, ?, TRUE, ?)")
				.params(username, encoder.encode(password), role.name(), Sql.utc(clock.instant()))
				.update();
			audit.record(actor, "user-create", null, username, null, null, Reason.of("audit.role", "role " + role, role.name()).stored());
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** Changes a user's role or access; never leaves the app without an enabled admin. */
	@Transactional
	void change(String username, Role role, boolean enabled, String actor) {
		// A real change ends the user's sessions; saving the form unchanged does not.
		int changed = jdbc.sql("UPDATE web_user SET session_stamp = CASE WHEN role <> ? OR enabled <> ? "
				+ "THEN session_stamp + 1 ELSE session_stamp END, role = ?, enabled = ? WHERE username = ?")
			.params(role.name(), enabled, role.name(), enabled, username)
			.update();
		if (changed == 0) {
			throw new ActionRefused("users.refused.missing", "there is no user '" + username + "'", username);
		}
		if (jdbc.sql("SELECT COUNT(*) FROM web_user WHERE role = 'ADMIN' AND enabled").query(Long.class).single() == 0) {
			throw new ActionRefused("users.refused.lastAdmin", "the last enabled admin cannot be demoted or disabled");
		}
		audit.record(actor, "user-change", null, username, null, null, Reason
			.of(enabled ? "audit.roleEnabled" : "audit.roleDisabled", "role " + role + ", enabled " + enabled, role.name())
			.stored());
	}

	/** Sets the name {@code username} is shown by; a blank one clears it. Audited only when it changes. */
	@Transactional
	void rename(String username, String displayName, String actor) {
		String name = displayName == null || displayName.isBlank() ? null : displayName.strip();
		if (name != null && (name.length() > MAX_DISPLAY_NAME_LENGTH || name.codePoints().anyMatch(Character::isISOControl))) {
			throw new ActionRefused("users.refused.displayName",
					"a display name is one line of at most " + MAX_DISPLAY_NAME_LENGTH + " characters", MAX_DISPLAY_NAME_LENGTH);
		}
		if (!jdbc.sql("SELECT COUNT(*) FROM web_user WHERE username = ?").param(username).query(Long.class).single()
			.equals(1L)) {
			throw new ActionRefused("users.refused.missing", "there is no user '" + username + "'", username);
		}
		if (jdbc.sql("UPDATE web_user SET display_name = ? WHERE username = ? AND display_name IS DISTINCT FROM ?")
			.params(name, username, name)
			.update() == 1) {
			audit.record(actor, "user-rename", null, username, null, name, null);
		}
	}

	/** Sets a new password and ends every session of the user. */
	@Transactional
	void setPassword(String username, String password, String actor) {
		checkPassword(password);
		if (jdbc.sql("UPDATE web_user SET password_hash = ?, session_stamp = session_stamp + 1 WHERE username = ?")
			.params(encoder.encode(password), username)
			.update() == 0) {
			throw new ActionRefused("users.refused.missing", "there is no user '" + username + "'", username);
		}
		audit.record(actor, "user-password", null, username, null, null, null);
	}

	private static void checkPassword(String password) {
		if (password.length() < MIN_PASSWORD_LENGTH) {
			throw new ActionRefused("users.refused.password", "a password has at least " + MIN_PASSWORD_LENGTH + " characters",
					MIN_PASSWORD_LENGTH);
		}
	}

}
