package nashir.bluesky;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import nashir.publish.OutgoingPost.PostKey;

import static org.assertj.core.api.Assertions.assertThat;

class TidTests {

	private static final Instant CREATED = Instant.parse("2026-12-02T10:15:30.123456Z");

	@Test
	void shouldMakeAValidTidFromThePostsKey() {
		String tid = Tid.of(new PostKey(104233, CREATED));

		// 1796206530123456 µs since the epoch, clock id 104233 mod 1024 = 809.
		assertThat(tid).isEqualTo("3n3ojq4rpq2td");
		assertThat(tid).matches("^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$");
	}

	@Test
	void shouldGiveTheSameKeyToEveryAttemptAtOnePost() {
		assertThat(Tid.of(new PostKey(104233, CREATED))).isEqualTo(Tid.of(new PostKey(104233, CREATED)));
		assertThat(Tid.of(new PostKey(104234, CREATED))).isNotEqualTo(Tid.of(new PostKey(104233, CREATED)));
		assertThat(Tid.of(new PostKey(104233, CREATED.plusNanos(1000))))
			.isNotEqualTo(Tid.of(new PostKey(104233, CREATED)));
	}

	@Test
	void shouldSortAsThePostsWereMade() {
		String earlier = Tid.of(new PostKey(900, CREATED));
		String later = Tid.of(new PostKey(5, CREATED.plusSeconds(1)));

		assertThat(earlier).isLessThan(later);
	}

}
