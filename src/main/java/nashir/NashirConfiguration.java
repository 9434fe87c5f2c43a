package nashir;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every feature shares. */
@Configuration(proxyBeanMethods = false)
class NashirConfiguration {

	/** Time comes from one clock, so tests can move it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
