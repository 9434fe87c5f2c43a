package nashir.publish;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.function.ToIntFunction;

import nashir.net.NetConfiguration;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.stereotype.Component;

/**
 * The configured accounts ({@code nashir.accounts.*}, read as the service reads its configuration)
 * and every network's {@link Channel}, for tools that run without the service (the preview
 * command): so they know each account's network and how that network counts, with no database, web
 * server or scheduler started. Beans are made
 * only when asked for, so a setting the preview never needs cannot stop it. Given to Spring as the
 * context's source, never a {@code @Configuration}: the service's own scan must not find it.
 */
@ComponentScan(basePackages = "nashir", useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = ConfiguredChannels.ChannelBeans.class))
@ConfigurationPropertiesScan("nashir")
@Import(NetConfiguration.class)
public class ConfiguredChannels {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	Publishers publishers(AccountSettings accounts, List<Channel> channels) {
		return new Publishers(new ConfiguredAccounts(accounts), channels);
	}

	/** Runs the work with the configuration's accounts and channels, then closes them. */
	public static int with(ToIntFunction<Publishers> work) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ConfiguredChannels.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			// The tool's logging is its caller's to set (NashirApplication, before any logger exists):
			// set here, it would stay set for the whole JVM after this context closes.
			.properties("spring.main.lazy-initialization=true")
			.run()) {
			return work.applyAsInt(context.getBean(Publishers.class));
		}
	}

	/** The application's channel components only (never a test's stand-in that is no component). */
	static class ChannelBeans implements TypeFilter {

		private final TypeFilter component = new AnnotationTypeFilter(Component.class);

		private final TypeFilter channel = new AssignableTypeFilter(Channel.class);

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return component.match(reader, factory) && channel.match(reader, factory);
		}

	}

}
