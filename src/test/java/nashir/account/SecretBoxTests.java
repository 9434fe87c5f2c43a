package nashir.account;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-GCM with the key of NASHIR_SECRET_KEY or the data directory's key file. */
class SecretBoxTests {

	static final String SECRET = "ACCESS-SECRET-ناشر-7f3a9c";

	@TempDir
	Path dataDir;

	@Test
	void shouldOpenWhatItSealedAndNothingElse() {
		SecretBox box = new SecretBox(key(1), "test");
		String sealed = box.seal(SECRET);
		assertThat(sealed).doesNotContain(SECRET).doesNotContain("7f3a9c");
		assertThat(box.seal(SECRET)).as("a fresh nonce each time").isNotEqualTo(sealed);
		assertThat(box.open(sealed)).isEqualTo(SECRET);
		assertThat(box.seal(null)).isNull();

		SecretBox other = new SecretBox(key(2), "test");
		assertThatThrownBy(() -> other.open(sealed)).isInstanceOf(IllegalStateException.class)
			.hasMessageNotContaining(SECRET);
		byte[] changed = Base64.getDecoder().decode(sealed);
		changed[changed.length - 1] ^= 1;
		assertThatThrownBy(() -> box.open(Base64.getEncoder().encodeToString(changed)))
			.as("a value changed on disk fails, never opens wrong")
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void shouldMakeTheKeyFileOnceReadableOnlyByItsOwner() throws Exception {
		SecretKeys.Key made = SecretKeys.resolve("", dataDir, false);
		Path file = dataDir.resolve("secret.key");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		SecretKeys.Key again = SecretKeys.resolve(null, dataDir, true);
		assertThat(again.bytes()).isEqualTo(made.bytes());
		assertThat(made.origin()).contains(file.toString());
		String encoded = Base64.getEncoder().encodeToString(made.bytes());
		assertThat(made.toString()).doesNotContain(encoded);
		assertThat(new SecretBox(made.bytes(), made.origin()).toString()).doesNotContain(encoded);
	}

	@Test
	void shouldPreferTheConfiguredKeyAndRefuseAMalformedOne() {
		String configured = Base64.getEncoder().encodeToString(key(3));
		assertThat(SecretKeys.resolve(configured, dataDir, false).bytes()).isEqualTo(key(3));
		assertThat(dataDir.resolve("secret.key")).as("no file made when the key is configured").doesNotExist();

		String tooShort = Base64.getEncoder().encodeToString(new byte[16]);
		assertThatThrownBy(() -> SecretKeys.resolve(tooShort, dataDir, false)).isInstanceOf(SecretKeyRefused.class)
			.hasMessageContaining("NASHIR_SECRET_KEY")
			.hasMessageNotContaining(tooShort);
		assertThatThrownBy(() -> SecretKeys.resolve("not base64 at all!", dataDir, false))
			.isInstanceOf(SecretKeyRefused.class)
			.hasMessageNotContaining("not base64 at all!");
	}

	@Test
	void shouldNotMakeANewKeyOverSecretsSealedWithALostOne() {
		assertThatThrownBy(() -> SecretKeys.resolve("", dataDir, true)).isInstanceOf(SecretKeyRefused.class)
			.hasMessageContaining("NASHIR_SECRET_KEY")
			.hasMessageContaining(dataDir.resolve("secret.key").toString());
		assertThat(dataDir.resolve("secret.key")).doesNotExist();
	}

	static byte[] key(int fill) {
		byte[] key = new byte[SecretBox.KEY_BYTES];
		Arrays.fill(key, (byte) fill);
		return key;
	}

}
