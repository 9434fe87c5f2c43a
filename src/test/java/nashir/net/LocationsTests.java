package nashir.net;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LocationsTests {

	@Test
	void shouldReadARawUtf8RedirectTargetAsUtf8() {
		String sentAsUtf8 = new String("/2021/قمة/".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

		assertThat(Locations.utf8(sentAsUtf8)).isEqualTo("/2021/قمة/");
		assertThat(Locations.utf8("/caf\u00e9/")).isEqualTo("/caf\u00e9/");
		assertThat(Locations.utf8("/2021/%D9%82/")).isEqualTo("/2021/%D9%82/");
	}

	@Test
	void shouldEscapeWhatAUriCannotHold() throws NetException {
		URI page = URI.create("https://ofoq.example.com/news/");
		assertThat(Locations.redirectTarget(page, " /2021/قمة بوتين/?q=1 "))
			.isEqualTo(URI.create("https://ofoq.example.com/2021/%D9%82%D9%85%D8%A9%20%D8%A8%D9%88%D8%AA%D9%8A%D9%86/?q=1"));
	}

	@Test
	void shouldRefuseARedirectAwayFromHttp() {
		assertThatExceptionOfType(NetException.class)
			.isThrownBy(() -> Locations.redirectTarget(URI.create("https://ofoq.example.com/"), "file:///etc/passwd"))
			.withMessage("a redirect to a non-http URL");
	}

}
