package nashir.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port for {@link SignedInBrowser}, its admin's password known,
 * two dry-run accounts, times in Riyadh, Quartz and the dispatcher stopped. Each class names its own
 * in-memory database (and may name a schedules folder) with {@code @TestPropertySource}; one test
 * instance per class, so its data is written once in a {@code @BeforeAll}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "nashir.schedules-dir=src/test/resources/web/schedules", "spring.quartz.auto-startup=false",
				"nashir.dispatcher.enabled=false", "nashir.accounts.main.dry-run=true",
				"nashir.accounts.ofoq_sport.dry-run=true", "nashir.admin-password=" + SignedInBrowser.PASSWORD,
				"nashir.web.time-zone=Asia/Riyadh" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@interface AppInBrowser {

}
