package nashir.feed;

import java.time.Clock;

import nashir.net.Http;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the stateless {@link FeedReader} a bean, so the refresher and the preview share one HTTP client. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedSettings.class)
class FeedConfiguration {

	@Bean
	FeedReader feedReader(FeedSettings settings, Http http, ObjectProvider<Clock> clock) {
		return new FeedReader(settings, http, clock.getIfAvailable(Clock::systemUTC));
	}

}
