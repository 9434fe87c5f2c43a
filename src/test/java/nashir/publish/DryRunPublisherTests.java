package nashir.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import nashir.publish.PublishOutcome.Published;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class DryRunPublisherTests {

	private final DryRunPublisher publisher = new DryRunPublisher("main");

	@Test
	void shouldTakeThePostAsADryRunWithASyntheticId() {
		PublishOutcome first = this.publisher.publish(new OutgoingPost("main", TestAccounts.TEXT, null, null));
		PublishOutcome second = this.publisher.publish(new OutgoingPost("main", TestAccounts.TEXT, null, null));

		assertThat(first).isInstanceOfSatisfying(Published.class, (published) -> {
			assertThat(published.dryRun()).isTrue();
			assertThat(published.tweetId()).matches("dry-run-[0-9a-f]{32}").hasSizeLessThanOrEqualTo(40);
			assertThat(published.quota()).isEqualTo(RateLimitStatus.UNKNOWN);
		});
		assertThat(((Published) second).tweetId()).isNotEqualTo(((Published) first).tweetId());
	}

	@Test
	void shouldLogTheTextOnOneLine(CapturedOutput output) {
		this.publisher.publish(new OutgoingPost("main", "سطر أول\nسطر ثانٍ", null, null));

		assertThat(output.getAll()).contains("dry run account=main").contains("سطر أول\\nسطر ثانٍ");
	}

}
