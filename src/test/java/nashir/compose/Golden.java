package nashir.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Expected outputs kept in {@code src/test/resources/compose/}, as an editor would read them. */
final class Golden {

	private Golden() {
	}

	static String read(String name) {
		try (InputStream in = Golden.class.getResourceAsStream("/compose/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no golden file compose/" + name);
			}
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
