package nashir.account;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A known text sealed with the key, kept beside the secrets: a start with another key fails at
 * once, with one message, rather than account by account later. Written with the first secret,
 * so a cluster that never keeps one needs no shared key.
 */
final class KeyCheck {

	static final String NAME = "key-check";

	private static final String TEXT = "nashir secret key check";

	private KeyCheck() {
	}

	static Optional<String> stored(JdbcClient jdbc) {
		return jdbc.sql("SELECT sealed FROM account_secret WHERE name = ?").param(NAME).query(String.class).optional();
	}

	/** @throws SecretKeyRefused when the stored check does not open with {@code box} */
	static void verify(SecretBox box, String sealed) {
		String opened;
		try {
			opened = box.open(sealed);
		}
		catch (IllegalStateException ex) {
			opened = null;
		}
		if (!TEXT.equals(opened)) {
			throw new SecretKeyRefused("The secret key from " + box.origin() + " is not the one the secrets in the "
					+ "database were sealed with; they were left untouched and Nashir does not start.");
		}
	}

	/** Before a secret is written: the check is there, and this node's key is the one it was made with. */
	static void ensure(JdbcClient jdbc, SecretBox box, String user, Clock clock) {
		Optional<String> sealed = stored(jdbc);
		if (sealed.isPresent()) {
			verify(box, sealed.get());
			return;
		}
		jdbc.sql("INSERT INTO account_secret (name, sealed, updated_at, updated_by) VALUES (?, ?, ?, ?)")
			.params(NAME, box.seal(TEXT), clock.instant().atOffset(ZoneOffset.UTC), user)
			.update();
	}

}
