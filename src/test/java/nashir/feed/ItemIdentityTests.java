package nashir.feed;

import java.net.URI;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ItemIdentityTests {

	private static final URI LINK = URI.create("https://ofoq.example.com/2021/06/16/news/");

	private static final Instant DATE = Instant.parse("2021-06-16T19:45:12Z");

	@Test
	void shouldUseTheGuidFirst() {
		assertThat(ItemIdentity.key(" https://ofoq.example.com/?p=104233 ", LINK, "عنوان", DATE))
			.isEqualTo("https://ofoq.example.com/?p=104233");
	}

	@Test
	void shouldUseTheLinkWithoutAGuid() {
		assertThat(ItemIdentity.key(null, LINK, "عنوان", DATE)).isEqualTo(LINK.toString());
		assertThat(ItemIdentity.key("  ", LINK, "عنوان", DATE)).isEqualTo(LINK.toString());
	}

	@Test
	void shouldHashTitleAndDateWithoutGuidOrLinkAndStayStable() {
		String key = ItemIdentity.key(null, null, "قمة جنيف", DATE);
		// A fixed value: the key must survive restarts and upgrades, so no hashCode() or random salt.
		assertThat(key).isEqualTo("sha256:" + ItemIdentity.sha256("قمة جنيف\n2021-06-16T19:45:12Z"));
		assertThat(key).isEqualTo(ItemIdentity.key(null, null, "قمة جنيف", DATE));
		assertThat(key).isNotEqualTo(ItemIdentity.key(null, null, "قمة جنيف", DATE.plusSeconds(1)));
	}

	@Test
	void shouldHashGuidsTooLongForTheLedger() {
		String guid = "https://ofoq.example.com/?p=" + "1".repeat(600);
		assertThat(ItemIdentity.key(guid, LINK, "t", DATE)).startsWith("sha256:").hasSize(71);
	}

	@ParameterizedTest
	@CsvSource({ "https://OFOQ.Example.com/2021/06/16/news/#comments, https://ofoq.example.com/2021/06/16/news",
			"https://ofoq.example.com/2021/06/16/news?utm_source=twitter&utm_medium=social, https://ofoq.example.com/2021/06/16/news",
			"https://ofoq.example.com/2021/06/16/news/?id=7&utm_campaign=x, https://ofoq.example.com/2021/06/16/news?id=7",
			"https://ofoq.example.com/2021/06/16/قمة/, https://ofoq.example.com/2021/06/16/%D9%82%D9%85%D8%A9",
			"https://ofoq.example.com/2021/06/16/%d9%82%d9%85%d8%a9, https://ofoq.example.com/2021/06/16/%D9%82%D9%85%D8%A9" })
	void shouldCanonicalizeLinks(String link, String canonical) {
		assertThat(ItemIdentity.canonical(URI.create(link))).isEqualTo(canonical);
	}

	@Test
	void shouldGiveOneLinkKeyToBothSpellingsOfAStory() {
		assertThat(ItemIdentity.linkKey(URI.create("https://ofoq.example.com/a/?utm_source=x#top")))
			.isEqualTo(ItemIdentity.linkKey(URI.create("https://OFOQ.example.com/a")));
	}

}
