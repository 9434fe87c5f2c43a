package nashir.queue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import nashir.TestClock;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;

class LogThrottleTests {

	final TestClock clock = new TestClock();

	final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	final LogThrottle throttle;

	LogThrottleTests() {
		Logger log = (Logger) LoggerFactory.getLogger("nashir.LogThrottleTests.storm");
		logged.start();
		log.addAppender(logged);
		throttle = new LogThrottle(log, clock);
	}

	@Test
	void shouldLogARepeatedErrorOnceAMinuteWithHowManyWereLeftOut() {
		RuntimeException full = new DataAccessResourceFailureException("The database has been closed",
				new IOException("No space left on device"));
		for (int second = 0; second < 150; second++) {
			throttle.error("event=dispatch_failed", full);
			throttle.error("event=dispatch_failed", full);
			clock.advance(Duration.ofSeconds(1));
		}

		List<ILoggingEvent> events = logged.list;
		assertThat(events).hasSize(3);
		assertThat(events.get(0).getFormattedMessage()).isEqualTo("event=dispatch_failed");
		assertThat(events.get(0).getThrowableProxy()).as("the first with its stack trace").isNotNull();
		assertThat(events.get(1).getFormattedMessage()).startsWith("event=dispatch_failed (119 more times since ")
			.endsWith("java.io.IOException: No space left on device");
		assertThat(events.get(1).getThrowableProxy()).isNull();
		assertThat(events.get(2).getFormattedMessage()).startsWith("event=dispatch_failed (119 more times since ");
	}

	@Test
	void shouldLogAnOccasionalErrorWhole() {
		RuntimeException failure = new IllegalStateException("once");
		throttle.error("event=dispatch_failed", failure);
		clock.advance(Duration.ofMinutes(5));
		throttle.error("event=dispatch_failed", failure);

		assertThat(logged.list).hasSize(2).allMatch(event -> event.getThrowableProxy() != null);
	}

}
