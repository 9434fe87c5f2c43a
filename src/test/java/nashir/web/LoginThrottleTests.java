package nashir.web;

import java.time.Duration;

import nashir.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The failed-login tracker on a test clock: free failures, a doubling wait, resets, and bounded memory. */
class LoginThrottleTests {

	TestClock clock = new TestClock();

	LoginThrottle throttle = new LoginThrottle(clock);

	@Test
	void shouldLetFiveFailuresGoThenDoubleTheWaitUpToFifteenMinutes() {
		for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) {
			throttle.failed("nour", "198.51.100.1");
		}
		assertThat(throttle.waitFor("nour", "198.51.100.1")).isZero();
		throttle.failed("nour", "198.51.100.1");
		assertThat(throttle.waitFor("nour", "198.51.100.1")).isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle.waitFor("NOUR", "203.0.113.9")).as("the account, spelt otherwise, from elsewhere")
			.isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle.waitFor(" nour\t", "203.0.113.9")).as("the account with spaces the login trims away")
			.isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle.waitFor("layla", "198.51.100.1")).as("another account from the same address")
			.isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle.waitFor("layla", "203.0.113.9")).isZero();

		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.waitFor("nour", "198.51.100.1")).isZero();
		throttle.failed("nour", "198.51.100.1");
		assertThat(throttle.waitFor("nour", "198.51.100.1")).isEqualTo(Duration.ofSeconds(2));
		clock.advance(Duration.ofSeconds(2));
		throttle.failed("nour", "198.51.100.1");
		assertThat(throttle.waitFor("nour", "198.51.100.1")).isEqualTo(Duration.ofSeconds(4));

		for (int i = 0; i < 40; i++) {
			throttle.failed("nour", "198.51.100.1");
		}
		assertThat(throttle.waitFor("nour", "198.51.100.1")).isEqualTo(LoginThrottle.LONGEST_WAIT);
	}

	@Test
	void shouldStartAgainAfterASuccessOrAnHourWithoutFailures() {
		for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
			throttle.failed("nour", "198.51.100.1");
			throttle.failed("layla", "203.0.113.9");
		}
		throttle.succeeded("nour", "198.51.100.1");
		assertThat(throttle.waitFor("nour", "198.51.100.1")).isZero();

		clock.advance(Duration.ofMinutes(61));
		assertThat(throttle.waitFor("layla", "203.0.113.9")).isZero();
		throttle.failed("layla", "203.0.113.9");
		assertThat(throttle.waitFor("layla", "203.0.113.9")).as("counted from one again").isZero();
	}

	@Test
	void shouldKeepABoundedNumberOfAccountsAndAddresses() {
		LoginThrottle throttle = new LoginThrottle(clock, 100);
		for (int i = 0; i < 300; i++) {
			throttle.failed("guess-" + i + "-" + "x".repeat(500), "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
		}
		assertThat(throttle.tracked()).isLessThanOrEqualTo(200);
		for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
			throttle.failed("nour", "198.51.100.1");
		}
		assertThat(throttle.waitFor("nour", "203.0.113.9")).as("still counting when full").isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void shouldKeepLogLinesToOneLine() {
		assertThat(LoginThrottle.printable("nour\nevent=login_ok user=admin")).isEqualTo("nour?event=login_ok user=admin");
		assertThat(LoginThrottle.printable("x".repeat(500))).hasSize(100);
	}

}
