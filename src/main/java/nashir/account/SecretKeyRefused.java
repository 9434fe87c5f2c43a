package nashir.account;

/**
 * The secret key is missing, malformed or not the one the database's secrets were sealed with:
 * Nashir does not start. The message names where the key came from, never the key.
 */
public class SecretKeyRefused extends RuntimeException {

	SecretKeyRefused(String message) {
		super(message);
	}

}
