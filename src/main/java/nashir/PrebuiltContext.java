package nashir;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.util.ClassUtils;

/**
 * The service's beans as Spring AOT worked them out when the jar was built ({@code process-aot}):
 * a start then skips reading configuration classes and evaluating Boot's conditions, a sixth to a
 * quarter of its CPU (docs/BENCHMARKS.md). Those conditions were evaluated on the jar's own defaults, so a
 * setting that makes Boot add or leave out components ({@link #CHOOSE_COMPONENTS}) is honoured by
 * starting without the built definitions, as before; so is an explicit {@code -Dspring.aot.enabled=false}.
 */
final class PrebuiltContext implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Logger log = LoggerFactory.getLogger(PrebuiltContext.class);

	private static final String INITIALIZER = "nashir.NashirApplication__ApplicationContextInitializer";

	/**
	 * Settings Boot's conditions read (the mail sender exists with {@code spring.mail.host}, the
	 * actuator's endpoints and port, Flyway, H2's console, JMX, virtual threads, the kind of web
	 * application, excluded auto-configurations). Broad on
	 * purpose: a setting wrongly here only costs the faster start. The health endpoint's groups and
	 * details are read at run time and need no rebuild.
	 */
	private static final List<String> CHOOSE_COMPONENTS = List.of("management.", "spring.mail.", "spring.autoconfigure.",
			"spring.flyway.enabled", "spring.h2.console.", "spring.jmx.", "spring.threads.virtual.",
			"spring.main.web-application-type", "springdoc.");

	private static final String RUN_TIME = "management.endpoint.health.";

	private PrebuiltContext() {
	}

	/**
	 * Turns the built definitions on, unless they are missing (a run from the IDE), turned off, or
	 * being made: the build's {@code process-aot} runs this main again, with the last build's on the class path.
	 */
	static void useIfBuilt() {
		if (System.getProperty(AotDetector.AOT_ENABLED) == null && System.getProperty("spring.aot.processing") == null
				&& ClassUtils.isPresent(INITIALIZER, PrebuiltContext.class.getClassLoader())) {
			System.setProperty(AotDetector.AOT_ENABLED, "true");
		}
	}

	static ApplicationListener<ApplicationEnvironmentPreparedEvent> fallback() {
		return new PrebuiltContext();
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		if (AotDetector.useGeneratedArtifacts()) {
			choosing(event.getEnvironment()).ifPresent(setting -> {
				System.setProperty(AotDetector.AOT_ENABLED, "false");
				log.info("event=start_without_prebuilt_context setting={} reason=\"Boot chooses components by it at start\"",
						setting);
			});
		}
	}

	/** The first setting outside the jar's own defaults that Boot's conditions read, if any. */
	static Optional<String> choosing(ConfigurableEnvironment environment) {
		for (var source : ConfigurationPropertySources.get(environment)) {
			if (source instanceof IterableConfigurationPropertySource names && !jarDefaults(source.getUnderlyingSource())) {
				Optional<String> found = names.stream()
					.map(ConfigurationPropertyName::toString)
					.filter(PrebuiltContext::choosesComponents)
					.findFirst();
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private static boolean choosesComponents(String name) {
		return !name.startsWith(RUN_TIME) && CHOOSE_COMPONENTS.stream().anyMatch(name::startsWith);
	}

	/** The jar's application*.yml: what the build evaluated the conditions on. */
	private static boolean jarDefaults(Object source) {
		return source instanceof PropertySource<?> properties && properties.getName().contains("class path resource [application");
	}

}
