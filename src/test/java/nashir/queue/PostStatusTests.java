package nashir.queue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostStatusTests {

	@Test
	void shouldLetACanceledPostBackToWhereItWaited() {
		assertThat(PostStatus.CANCELED.canMoveTo(PostStatus.REVIEW)).isTrue();
		assertThat(PostStatus.CANCELED.canMoveTo(PostStatus.QUEUED)).isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = PostStatus.class, names = { "PUBLISHING", "PUBLISHED", "RETRY_WAIT", "FAILED", "DUPLICATE",
			"CANCELED" })
	void shouldNeverRestoreACanceledPostAnywhereElse(PostStatus target) {
		assertThat(PostStatus.CANCELED.canMoveTo(target)).isFalse();
	}

	@Test
	void shouldStillCountACanceledPostAsAtTheEndOfItsRoad() {
		assertThat(PostStatus.CANCELED.isFinal()).isTrue();
		assertThat(PostStatus.QUEUED.isFinal()).isFalse();
	}

}
