package nashir;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a private in-memory database, with no schedules, the feed sweep not started
 * and the dispatcher not running by itself: tests drive each step. Two dry-run accounts: {@code main}
 * unpaced, {@code paced} with a 10-minute interval and a daily cap of 2, {@code night} quiet from
 * 23:00 to 06:00 in Aden (UTC+3). One context, shared by every
 * test class that uses this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(NashirTest.Clocks.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:nashir-test;DB_CLOSE_DELAY=-1",
		"nashir.schedules-dir=src/test/resources/schedules/empty", "nashir.feed.sweep=false",
		"nashir.dispatcher.enabled=false", "nashir.accounts.main.dry-run=true", "nashir.accounts.paced.dry-run=true",
		"nashir.accounts.paced.min-interval=10m", "nashir.accounts.paced.daily-cap=2",
		"nashir.accounts.night.dry-run=true", "nashir.accounts.night.quiet-hours=23:00-06:00 Asia/Aden" })
public @interface NashirTest {

	/** Imported, not a @Configuration: the application's component scan must not find it. */
	class Clocks {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
