package nashir.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
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
		catch (FileAlreadyExistsException ex) {
			// Another process started on the same directory at the same moment and made it first.
			return resolve(configured, dataDir, sealed);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or write " + file, ex);
		}
	}

	private static byte[] create(Path file) throws IOException {
		byte[] key = new byte[SecretBox.KEY_BYTES];
		new SecureRandom().nextBytes(key);
		Files.createDirectories(file.getParent());
		// Written whole under another name, then linked in: a process starting beside this one reads
		// the complete key or makes none (the link fails when the file exists).
		Path written = posix()
				? Files.createTempFile(file.getParent(), FILE_NAME, ".new",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
				: Files.createTempFile(file.getParent(), FILE_NAME, ".new");
		try {
			Files.writeString(written, Base64.getEncoder().encodeToString(key) + "\n");
			Files.createLink(file, written);
		}
		finally {
			Files.deleteIfExists(written);
		}
		log.warn("event=secret_key_created file={} hint=\"back it up: the secrets of accounts added in the app "
				+ "cannot be read without it\"", file);
		return key;
	}

	static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	static byte[] decode(String text, String origin) {
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
