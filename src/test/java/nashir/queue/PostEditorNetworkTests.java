package nashir.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nashir.NashirTest;
import nashir.TestChannel;
import nashir.TestClock;
import nashir.publish.Network;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** An editor's text is checked by its account's own network: what X refuses, Mastodon may take. */
@NashirTest
@Import(PostEditorNetworkTests.Mastodon.class)
@TestPropertySource(properties = { "nashir.accounts.masto.type=mastodon", "nashir.accounts.masto.dry-run=true" })
class PostEditorNetworkTests {

	/** 290 letters: too many for X's 280, well within Mastodon's 500. */
	static final String ARABIC_290 = "قمة “بوتين وبايدن”.. اتفاق على عودة السفراء ".repeat(7).substring(0, 290);

	/** Imported, never scanned: Mastodon's count as a test stands it in. */
	static class Mastodon {

		@Bean
		TestChannel mastodon() {
			return TestChannel.counting(Network.MASTODON, 500);
		}

	}

	@Autowired
	PostEditor editor;

	@Autowired
	PostQueue queue;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyQueue() {
		jdbc.sql("DELETE FROM post_event").update();
		jdbc.sql("DELETE FROM post").update();
	}

	private Post post(String account) {
		Instant now = clock.instant();
		return queue.enqueue(new NewPost("ofoq", account, "k" + System.nanoTime(), "عنوان", null, "عنوان الخبر", null,
				true, false, now.plus(Duration.ofHours(1)), now, now), "new story").orElseThrow();
	}

	@Test
	void shouldTakeForAMastodonPostATextTooLongForX() {
		Post post = post("masto");
		assertThat(editor.editText(post.id(), ARABIC_290, "huda").text()).isEqualTo(ARABIC_290);
	}

	@Test
	void shouldRefuseAnXPostTheSameTextNamingX() {
		Post post = post("main");
		PostChangeRefused refused = catchThrowableOfType(PostChangeRefused.class,
				() -> editor.editText(post.id(), ARABIC_290, "huda"));
		assertThat(refused.reason().key()).isEqualTo("post.refused.tooLongOn");
		assertThat(refused.reason().args()).containsExactly("main", "x", 290L, 280L);
		assertThat(refused).hasMessageContaining("290 of 280 by x's count");
		assertThat(queue.find(post.id()).orElseThrow().text()).isEqualTo("عنوان الخبر");
	}

	@Test
	void shouldRefuseAMastodonPostPastMastodonsMostNamingMastodon() {
		Post post = post("masto");
		PostChangeRefused refused = catchThrowableOfType(PostChangeRefused.class,
				() -> editor.editText(post.id(), ARABIC_290 + " " + ARABIC_290, "huda"));
		assertThat(refused.reason().args()).containsExactly("masto", "mastodon", 581L, 500L);
		assertThat(refused).hasMessageContaining("mastodon would refuse it");
	}

	@Test
	void shouldWriteNothingWhenOneChosenAccountsNetworkRefusesTheText() {
		PostChangeRefused refused = catchThrowableOfType(PostChangeRefused.class,
				() -> editor.write(ARABIC_290, List.of("masto", "main"), null, null, false, "huda"));
		assertThat(refused.reason().args()).containsExactly("main", "x", 290L, 280L);
		assertThat(queue.latest(10)).isEmpty();
		assertThat(editor.write(ARABIC_290, List.of("masto"), null, null, false, "huda"))
			.singleElement()
			.satisfies((post) -> assertThat(post.account()).isEqualTo("masto"));
	}

}
