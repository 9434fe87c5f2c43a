package nashir.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the pages show exists in Arabic and in English. */
class MessagesTests {

	@Test
	void shouldTranslateEveryKeyIntoArabicAndBack() throws IOException {
		Properties english = load("/messages.properties");
		Properties arabic = load("/messages_ar.properties");
		assertThat(english).isNotEmpty();
		assertThat(arabic.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
		assertThat(arabic.getProperty("app.name")).isEqualTo("ناشر");
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
