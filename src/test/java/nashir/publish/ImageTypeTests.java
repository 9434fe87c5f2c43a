package nashir.publish;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ImageTypeTests {

	@ParameterizedTest
	@CsvSource({ "FFD8FFE000104A464946, JPEG", "89504E470D0A1A0A0000000D, PNG", "474946383961010001, GIF",
			"474946383761010001, GIF", "524946462400000057454250565038, WEBP" })
	void shouldKnowAnImageByItsFirstBytes(String hex, ImageType type) {
		assertThat(ImageType.of(bytes(hex))).contains(type);
	}

	@ParameterizedTest
	@CsvSource({ "3C21444F43545950452068746D6C3E", "FFD8", "524946462400000057415645666D74", "''" })
	void shouldRefuseWhatIsNoImage(String hex) {
		assertThat(ImageType.of(bytes(hex))).isEqualTo(Optional.empty());
	}

	@ParameterizedTest
	@CsvSource({ "<html><body>صورة</body></html>", "{\"error\":\"not found\"}" })
	void shouldRefuseTextWhateverItIsCalled(String text) {
		assertThat(ImageType.of(text.getBytes(StandardCharsets.UTF_8))).isEmpty();
	}

	private static byte[] bytes(String hex) {
		byte[] bytes = new byte[hex.length() / 2];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
		}
		return bytes;
	}

}
