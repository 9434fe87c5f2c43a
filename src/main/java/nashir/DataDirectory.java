package nashir;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code nashir.data-dir} absolute before anything reads it: H2 refuses a database path
 * that is implicitly relative, so {@code --nashir.data-dir=data} would otherwise fail at start.
 * Creates it private (0700) when the database lives there, before H2 would create it open.
 */
class DataDirectory implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "nashir.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
			environment.getPropertySources()
				.addFirst(new MapPropertySource("nashirDataDirectory", Map.of(PROPERTY, absolute)));
			PrivateDataDirectory.create(Path.of(absolute), environment.getProperty("spring.datasource.url"));
		}
	}

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

}
