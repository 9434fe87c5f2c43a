package nashir.feed;

import java.io.IOException;
import nashir.net.TestNet;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every real-world feed of the corpus (src/test/resources/feeds/corpus, see its README for
 * origin and licence) yields items with absolute http(s) links, or one clear error line; quickly,
 * and with no exception escaping.
 */
class CorpusTests {

	@RegisterExtension
	static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final FeedReader reader = new FeedReader(FeedSettings.defaults(), TestNet.http());

	static Stream<String> corpus() throws IOException {
		try (Stream<Path> files = Files.list(TestFeeds.fixture("corpus"))) {
			return files.map((file) -> file.getFileName().toString()).filter((name) -> !name.equals("README.md")).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void shouldYieldItemsWithAbsoluteHttpLinksOrOneClearError(String name) {
		site.stubFor(get("/" + name).willReturn(aResponse().withHeader("Content-Type", "application/xml")
			.withBody(TestFeeds.bytes("corpus/" + name))));
		URI url = URI.create(site.baseUrl() + "/" + name);
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			try {
				List<FeedItem> items = this.reader.read(url);
				assertThat(items).allSatisfy((item) -> {
					assertThat(item.link().isAbsolute()).isTrue();
					assertThat(item.link().getScheme()).isIn("http", "https");
					assertThat(item.key()).isNotBlank();
				});
			}
			catch (FeedException ex) {
				assertThat(ex.getMessage()).startsWith(url + ": ").doesNotContain("\n").hasSizeLessThan(400);
			}
		});
	}

}
