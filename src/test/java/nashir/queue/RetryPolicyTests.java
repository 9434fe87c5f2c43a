package nashir.queue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetryPolicyTests {

	/** The policy as Spring binds it with no {@code nashir.retry.*} set: the defaults users get. */
	private final RetryPolicy defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
		.bindOrCreate("nashir.retry", RetryPolicy.class);

	@Test
	void shouldRetryAfterSecondsThenFourTimesLongerEachTime() {
		long[] seconds = { 5, 20, 80, 320, 1280 };
		for (int attempt = 1; attempt <= seconds.length; attempt++) {
			for (int draw = 0; draw < 50; draw++) {
				assertThat(defaults.backoff(attempt)).as("after attempt %d", attempt)
					.isBetween(Duration.ofMillis(seconds[attempt - 1] * 800), Duration.ofMillis(seconds[attempt - 1] * 1200));
			}
		}
		assertThat(defaults.mayRetryAfter(5)).isTrue();
		assertThat(defaults.mayRetryAfter(6)).isFalse();
	}

	@Test
	void shouldNeverWaitLongerThanTheMaximum() {
		assertThat(defaults.backoff(40)).isLessThanOrEqualTo(Duration.ofMinutes(36));
	}

	@Test
	void shouldRefuseAMultiplierThatShrinksTheWaits() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(6, Duration.ofSeconds(5), 0.5,
				Duration.ofMinutes(30))).withMessageContaining("nashir.retry.multiplier");
	}

}
