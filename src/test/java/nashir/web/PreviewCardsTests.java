package nashir.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewCardsTests {

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "http://ofoq.example.com/a.jpg", "https://192.168.1.1/a.jpg", "https://127.1/a.jpg",
			"https://0x7f.1/a.jpg", "https://[::1]/a.jpg", "https://localhost/a.jpg", "https://router/a.jpg",
			"https://nas.local/a.jpg", "https://cms.internal./a.jpg", "https://user@ofoq.example.com/a.jpg",
			"javascript:alert(1)", "file:///etc/passwd" })
	void shouldNeverLetTheBrowserLoadAnInternalAddress(String address) {
		assertThat(PreviewCards.thumbnail(address)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			https://ofoq.example.com/uploads/summit.jpg | https://ofoq.example.com/uploads/summit.jpg
			https://ofoq.example.com/uploads/قمة.jpg     | https://ofoq.example.com/uploads/%D9%82%D9%85%D8%A9.jpg
			""")
	void shouldShowAPublicHttpsImageEncodedAsItIsSent(String address, String shown) {
		assertThat(PreviewCards.thumbnail(address)).isEqualTo(shown);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			أفق نيوز   | أن
			main       | M
			ofoq_sport | OS
			""")
	void shouldTakeInitialsOfTheFirstTwoWords(String name, String initials) {
		assertThat(PreviewCards.initials(name)).isEqualTo(initials);
	}

}
