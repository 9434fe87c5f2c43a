package nashir.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nashir.web.PasswordReset;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code reset-password <user> [--name=value …]}: sets a new password for a user who lost theirs, on
 * the database the service is configured with ({@code nashir.data-dir}, or the {@code postgres}
 * profile), without starting the web server or the scheduler. The password comes from
 * {@code NASHIR_NEW_PASSWORD}, else is generated and printed once. Exit status 2 with one line on
 * stderr when it cannot be done (no such user, password too short, no database); 64 for a wrong
 * command line.
 */
public class ResetPasswordCommand {

	public static final String NAME = "reset-password";

	static final String VARIABLE = "NASHIR_NEW_PASSWORD";

	static final String USAGE = "usage: java -jar nashir.jar reset-password <user> [--spring.profiles.active=postgres] "
			+ "[--nashir.data-dir=DIR]\n  the new password: " + VARIABLE + ", else a generated one printed once";

	private final PrintStream out;

	private final PrintStream err;

	private final Map<String, String> environment;

	private final Class<?>[] storageSetup;

	/**
	 * @param storageSetup what the service's own start adds to its database, such as its migration
	 * strategy (handed in by the launcher, which the command must not depend on)
	 */
	public ResetPasswordCommand(PrintStream out, PrintStream err, Map<String, String> environment,
			Class<?>... storageSetup) {
		this.out = out;
		this.err = err;
		this.environment = environment;
		this.storageSetup = storageSetup.clone();
	}

	public int run(String[] args) {
		String username = null;
		List<String> settings = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("--")) {
				settings.add(arg);
			}
			else if (username == null) {
				username = arg;
			}
			else {
				return usage("unexpected argument: " + arg);
			}
		}
		if (username == null) {
			return usage("name the user");
		}
		String given = environment.getOrDefault(VARIABLE, "");
		String password = given.isEmpty() ? PasswordReset.randomPassword() : given;
		if (password.length() < PasswordReset.minimumLength()) {
			err.println("reset-password: " + VARIABLE + " has fewer than " + PasswordReset.minimumLength() + " characters");
			return 2;
		}
		// The preview's quiet logging, errors only, on stderr: stdout holds the new password and nothing else.
		try (ConfigurableApplicationContext storage = DatabaseContext.open(storageSetup, settings)) {
			new PasswordReset(storage.getBean(JdbcClient.class), storage.getBean(PlatformTransactionManager.class))
				.reset(username, password);
		}
		catch (IllegalArgumentException ex) {
			err.println("reset-password: " + ex.getMessage());
			return 2;
		}
		catch (RuntimeException ex) {
			err.println("reset-password: " + DatabaseContext.problem(ex));
			return 2;
		}
		if (given.isEmpty()) {
			// The console only, once: it is in no log.
			out.println("New password for '" + username + "': " + password + "\nIt is shown this once.");
		}
		else {
			out.println("New password for '" + username + "' set from " + VARIABLE + ".");
		}
		out.println("Every session of '" + username + "' has ended.");
		return 0;
	}

	private int usage(String problem) {
		err.println("reset-password: " + problem + "\n" + USAGE);
		return 64;
	}

}
