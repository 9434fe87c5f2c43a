package nashir.schedule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nashir.NashirTest;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** {@link NashirTest} on a database of the schedule tests' own: they empty feed_schedule at will. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@NashirTest
@Import(Schedules.Factory.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:nashir-schedules;DB_CLOSE_DELAY=-1")
@interface ScheduleTest {

}
