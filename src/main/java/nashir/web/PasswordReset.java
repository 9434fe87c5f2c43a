package nashir.web;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new password for a user who lost theirs, set from the command line ({@code reset-password})
 * on the database alone: no web server, no scheduler. Ends the user's sessions on every node.
 */
public final class PasswordReset {

	/** Who the audit log names for a reset made from the command line. */
	static final String ACTOR = "reset-password";

	private final UserAccounts users;

	/** The new password and its audit entry are written together, or neither is. */
	private final TransactionTemplate transaction;

	public PasswordReset(JdbcClient jdbc, PlatformTransactionManager transactions) {
		Clock clock = Clock.systemUTC();
		this.users = new UserAccounts(jdbc, new BCryptPasswordEncoder(), clock, new AuditLog(jdbc, clock));
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * @throws IllegalArgumentException naming the problem: no such user, or a password under
	 * {@link #minimumLength()} characters
	 */
	public void reset(String username, String password) {
		try {
			transaction.executeWithoutResult((status) -> users.setPassword(username, password, ACTOR));
		}
		catch (ActionRefused ex) {
			throw new IllegalArgumentException(ex.getMessage());
		}
	}

	/** A random password of 24 characters, as the first admin gets. */
	public static String randomPassword() {
		return FirstAdmin.randomPassword();
	}

	public static int minimumLength() {
		return UserAccounts.MIN_PASSWORD_LENGTH;
	}

}
