package nashir.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that seals the secrets of accounts kept in the database: {@code NASHIR_SECRET_KEY}
 * ({@code nashir.secret-key}, a base64 256-bit key) when set, else {@code secret.key} in the data
 * directory, made once (0600) when there is none and no secret was sealed yet.
 */
final class SecretKeys {

	private static final Logger log = LoggerFactory.getLogger(SecretKeys.class);

	static final String FILE_NAME = "secret.key";

	static final String VARIABLE = "NASHIR_SECRET_KEY (nashir.secret-key)";

	private SecretKeys() {
	}

	/**
	 * @param configured the configured key, blank when none
	 * @param sealed whether the database already holds sealed secrets: then a missing key is not made
	 * anew, which would lose them
	 */
	static Key resolve(String configured, Path dataDir, boolean sealed) {
		if (configured != null && !configured.isBlank()) {
			return new Key(decode(configured.strip(), VARIABLE), VARIABLE);
		}
		Path file = dataDir.resolve(FILE_NAME);
		String origin = "the key file " + file;
		try {
			if (Files.exists(file)) {
				return new Key(decode(Files.readString(file).strip(), origin), origin);
			}
			if (sealed) {
				throw new SecretKeyRefused("The database holds secrets sealed with a secret key, but there is none: "
						+ VARIABLE + " is not set and " + file + " does not exist.");
			}
			return new Key(create(file), origin);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or write " + file, ex);
		}
	}

	private static byte[] create(Path file) throws IOException {
		byte[] key = new byte[SecretBox.KEY_BYTES];
		new SecureRandom().nextBytes(key);
		Files.createDirectories(file.getParent());
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		else {
			Files.createFile(file);
		}
		Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
		log.warn("event=secret_key_created file={} hint=\"back it up: the secrets of accounts added in the app "
				+ "cannot be read without it\"", file);
		return key;
	}

	private static byte[] decode(String text, String origin) {
		try {
			byte[] key = Base64.getDecoder().decode(text);
			if (key.length == SecretBox.KEY_BYTES) {
				return key;
			}
		}
		catch (IllegalArgumentException ex) {
			// Said below, without the text.
		}
		throw new SecretKeyRefused("The secret key from " + origin + " is not a base64 256-bit key "
				+ "(make one with: openssl rand -base64 32).");
	}

	/** A key and where it came from, for messages; its toString never shows the key. */
	record Key(byte[] bytes, String origin) {

		@Override
		public String toString() {
			return "Key[from " + origin + "]";
		}

	}

}
