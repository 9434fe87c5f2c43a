package nashir.net;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one guarded client for URLs taken from content; X's configured endpoints use {@link Http#unguarded()}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NetSettings.class)
public class NetConfiguration {

	@Bean(destroyMethod = "close")
	Http http(NetSettings settings) {
		return Http.guarded(settings);
	}

}
