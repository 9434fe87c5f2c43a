package nashir.text;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReasonTests {

	static final Reason TOO_LONG = Reason.of("post.refused.tooLong",
			"the text is 320 of 280 by X's count: X would refuse it", 320, 280);

	@Test
	void shouldReadBackWhatItStoredWithTheArgumentsTypes() {
		Reason due = Reason.of("audit.due", "due 2026-11-29T08:05:00Z", Instant.parse("2026-11-29T08:05:00Z"), "صنعاء");
		assertThat(Reason.read(due.stored())).isEqualTo(due);
		assertThat(Reason.read(TOO_LONG.stored()).args()).containsExactly(320L, 280L);
	}

	@Test
	void shouldKeepAnEnglishSentenceWithoutAKeyAsItIs() {
		assertThat(Reason.read("X refused the post (403)")).isEqualTo(new Reason(null, List.of(), "X refused the post (403)"));
		assertThat(Reason.english(TOO_LONG.stored())).isEqualTo(TOO_LONG.english());
		assertThat(Reason.read(null)).isNull();
	}

	@Test
	void shouldCutTheEnglishToFitAColumnButKeepTheKeyAndArgumentsWhole() {
		String stored = TOO_LONG.stored(60);
		assertThat(stored).hasSizeLessThanOrEqualTo(60);
		assertThat(Reason.read(stored).key()).isEqualTo("post.refused.tooLong");
		assertThat(Reason.read(stored).args()).containsExactly(320L, 280L);
		assertThat(TOO_LONG.english()).startsWith(Reason.read(stored).english());
	}

}
