package nashir.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals every secret of the database again under a new key, all in one transaction, so the
 * database never holds secrets under two keys. Run with the service stopped
 * ({@code rotate-secret-key}).
 */
public final class SecretKeyRotation {

	/** Where the new key comes from. */
	public static final String NEW_KEY = "NASHIR_NEW_SECRET_KEY";

	private static final List<String> COLUMNS = List.of("consumer_key", "consumer_secret", "access_token",
			"access_token_secret", "bot_token", "app_password");

	private SecretKeyRotation() {
	}

	/**
	 * @param currentKey the configured key ({@code nashir.secret-key}), blank when it is the data
	 * directory's file, which then gets the new key once the database has it
	 * @return what the operator must do next, in one sentence
	 * @throws SecretKeyRefused when the current key does not open the database's secrets, or the new
	 * key is malformed
	 */
	public static String rotate(JdbcClient jdbc, PlatformTransactionManager transactions, String currentKey,
			Path dataDir, String newKey) {
		byte[] key = SecretKeys.decode(newKey == null ? "" : newKey.strip(), NEW_KEY);
		SecretBox current = AccountConfiguration.open(jdbc, currentKey, dataDir);
		SecretBox next = new SecretBox(key, NEW_KEY);
		int sealed = new TransactionTemplate(transactions).execute(status -> reseal(jdbc, current, next));
		if (currentKey != null && !currentKey.isBlank()) {
			return sealed + " secrets sealed with the new key: set NASHIR_SECRET_KEY to it on every node before "
					+ "starting.";
		}
		Path file = dataDir.resolve(SecretKeys.FILE_NAME);
		replace(file, newKey.strip());
		return sealed + " secrets sealed with the new key, now in " + file + ": back it up.";
	}

	private static int reseal(JdbcClient jdbc, SecretBox current, SecretBox next) {
		int sealed = 0;
		for (Map<String, Object> row : jdbc.sql("SELECT * FROM app_account").query().listOfRows()) {
			for (String column : COLUMNS) {
				Object value = row.get(column) != null ? row.get(column) : row.get(column.toUpperCase());
				if (value != null) {
					jdbc.sql("UPDATE app_account SET " + column + " = ? WHERE name = ?")
						.params(next.seal(current.open(value.toString())), name(row))
						.update();
					sealed++;
				}
			}
		}
		for (String name : jdbc.sql("SELECT name FROM account_secret").query(String.class).list()) {
			String value = jdbc.sql("SELECT sealed FROM account_secret WHERE name = ?").param(name)
				.query(String.class)
				.single();
			jdbc.sql("UPDATE account_secret SET sealed = ? WHERE name = ?")
				.params(next.seal(current.open(value)), name)
				.update();
			sealed++;
		}
		return sealed;
	}

	private static Object name(Map<String, Object> row) {
		return row.get("name") != null ? row.get("name") : row.get("NAME");
	}

	private static void replace(Path file, String key) {
		try {
			Path written = SecretKeys.posix()
					? Files.createTempFile(file.getParent(), SecretKeys.FILE_NAME, ".new",
							PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
					: Files.createTempFile(file.getParent(), SecretKeys.FILE_NAME, ".new");
			Files.writeString(written, key + "\n");
			Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the secrets are sealed with the new key, but " + file
					+ " could not be written: put the new key there (or in NASHIR_SECRET_KEY)", ex);
		}
	}

}
