package nashir.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor.CipherAlgorithm;
import org.springframework.security.crypto.keygen.KeyGenerators;

/**
 * Encrypts the secrets kept in the database: AES-256-GCM (Spring Security Crypto), a fresh random
 * nonce per value, so a value changed on disk fails to open rather than opening wrong. The key
 * never leaves this object: {@link #toString()} does not show it.
 */
public final class SecretBox {

	/** A 256-bit AES key, the length {@code NASHIR_SECRET_KEY} must have. */
	static final int KEY_BYTES = 32;

	private final AesBytesEncryptor aes;

	private final String origin;

	/** @param origin where the key came from, for messages */
	SecretBox(byte[] key, String origin) {
		if (key.length != KEY_BYTES) {
			throw new IllegalArgumentException("the secret key must be " + KEY_BYTES + " bytes, not " + key.length);
		}
		SecretKey secret = new SecretKeySpec(key, "AES");
		this.aes = new AesBytesEncryptor(secret, KeyGenerators.secureRandom(12), CipherAlgorithm.GCM);
		this.origin = origin;
	}

	/** Where the key came from: the variable's name or the key file's path. */
	String origin() {
		return origin;
	}

	/** The value encrypted, in base64 (nonce first), for a text column; {@code null} stays {@code null}. */
	String seal(String plain) {
		return plain == null ? null
				: Base64.getEncoder().encodeToString(aes.encrypt(plain.getBytes(StandardCharsets.UTF_8)));
	}

	/** @throws IllegalStateException when the value was sealed with another key or changed since */
	String open(String sealed) {
		if (sealed == null) {
			return null;
		}
		try {
			return new String(aes.decrypt(Base64.getDecoder().decode(sealed)), StandardCharsets.UTF_8);
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			// Neither the key nor the value belongs in the message.
			throw new IllegalStateException("a secret in the database does not open with this secret key");
		}
	}

	@Override
	public String toString() {
		return "SecretBox[AES-256-GCM, key from " + origin + "]";
	}

}
