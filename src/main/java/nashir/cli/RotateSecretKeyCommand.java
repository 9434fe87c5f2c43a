package nashir.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nashir.account.SecretKeyRefused;
import nashir.account.SecretKeyRotation;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code rotate-secret-key [--name=value …]}: seals the secrets of accounts added in the app again
 * under the key in {@code NASHIR_NEW_SECRET_KEY}, on the database the service is configured with,
 * the service stopped. The current key is the service's own ({@code NASHIR_SECRET_KEY}, else the
 * data directory's file, which then gets the new key). Exit status 2 with one line on stderr when it
 * cannot be done; 64 for a wrong command line.
 */
public class RotateSecretKeyCommand {

	public static final String NAME = "rotate-secret-key";

	static final String USAGE = "usage: NASHIR_NEW_SECRET_KEY=$(openssl rand -base64 32) java -jar nashir.jar "
			+ "rotate-secret-key [--spring.profiles.active=postgres] [--nashir.data-dir=DIR]";

	private final PrintStream out;

	private final PrintStream err;

	private final Map<String, String> environment;

	private final Class<?>[] storageSetup;

	/** @param storageSetup what the service's own start adds to its database (its migration strategy) */
	public RotateSecretKeyCommand(PrintStream out, PrintStream err, Map<String, String> environment,
			Class<?>... storageSetup) {
		this.out = out;
		this.err = err;
		this.environment = environment;
		this.storageSetup = storageSetup.clone();
	}

	public int run(String[] args) {
		List<String> settings = new ArrayList<>();
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				return usage("unexpected argument: " + arg);
			}
			settings.add(arg);
		}
		String newKey = environment.getOrDefault(SecretKeyRotation.NEW_KEY, "");
		if (newKey.isBlank()) {
			return usage(SecretKeyRotation.NEW_KEY + " is not set");
		}
		try (ConfigurableApplicationContext storage = DatabaseContext.open(storageSetup, settings)) {
			Environment config = storage.getEnvironment();
			out.println(SecretKeyRotation.rotate(storage.getBean(JdbcClient.class),
					storage.getBean(PlatformTransactionManager.class), config.getProperty("nashir.secret-key", ""),
					Path.of(config.getProperty("nashir.data-dir", "./data")).toAbsolutePath(), newKey));
			return 0;
		}
		catch (SecretKeyRefused ex) {
			err.println(NAME + ": " + ex.getMessage());
			return 2;
		}
		catch (RuntimeException ex) {
			err.println(NAME + ": " + DatabaseContext.problem(ex));
			return 2;
		}
	}

	private int usage(String problem) {
		err.println(NAME + ": " + problem + "\n" + USAGE);
		return 64;
	}

}
