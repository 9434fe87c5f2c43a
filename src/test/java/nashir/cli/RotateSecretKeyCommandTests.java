package nashir.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar nashir.jar rotate-secret-key}: on the configured database, the service stopped. */
class RotateSecretKeyCommandTests {

	static final String NEW_KEY = Base64.getEncoder().encodeToString(new byte[32]);

	@TempDir
	Path dataDir;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void shouldPutTheNewKeyInTheDataDirectory() throws Exception {
		int status = command(Map.of("NASHIR_NEW_SECRET_KEY", NEW_KEY)).run(new String[] { "--nashir.data-dir=" + dataDir });
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 secrets sealed with the new key");
		assertThat(Files.readString(dataDir.resolve("secret.key")).strip()).isEqualTo(NEW_KEY);
		assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).doesNotContain(NEW_KEY);
	}

	@Test
	void shouldSayHowItIsUsed() {
		assertThat(command(Map.of()).run(new String[0])).isEqualTo(64);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("NASHIR_NEW_SECRET_KEY is not set").contains("usage:");
		assertThat(command(Map.of("NASHIR_NEW_SECRET_KEY", NEW_KEY)).run(new String[] { "now" })).isEqualTo(64);
	}

	private RotateSecretKeyCommand command(Map<String, String> environment) {
		return new RotateSecretKeyCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), environment);
	}

}
