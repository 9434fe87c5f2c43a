package nashir;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which settings make the service start without the beans worked out at build. */
class PrebuiltContextTests {

	@Test
	void shouldNameASettingBootChoosesComponentsByWhereverItComesFrom() {
		assertThat(PrebuiltContext.choosing(environment(new MapPropertySource("commandLineArgs",
				Map.of("nashir.accounts.main.dry-run", "true", "spring.mail.host", "smtp.example.com")))))
			.contains("spring.mail.host");
		assertThat(PrebuiltContext.choosing(environment(new MapPropertySource(
				"Config resource 'file [config/application.yml]' via location 'optional:file:./config/'",
				Map.of("management.server.port", "9090")))))
			.contains("management.server.port");
		// As Kubernetes sets it: the environment's spelling is read as Boot reads it.
		assertThat(PrebuiltContext.choosing(environment(new SystemEnvironmentPropertySource("systemEnvironment",
				Map.of("SPRING_AUTOCONFIGURE_EXCLUDE", "x", "PATH", "/usr/bin")))))
			.contains("spring.autoconfigure.exclude");
	}

	@Test
	void shouldKeepThePrebuiltBeansForTheJarsDefaultsAndSettingsReadAtRunTime() {
		assertThat(PrebuiltContext.choosing(environment(new MapPropertySource(
				"Config resource 'class path resource [application.yml]' via location 'optional:classpath:/'",
				Map.of("management.endpoints.web.exposure.include", "health,info,prometheus", "spring.mail.default-encoding",
						"UTF-8")))))
			.isEmpty();
		assertThat(PrebuiltContext.choosing(environment(new MapPropertySource("commandLineArgs",
				Map.of("management.endpoint.health.show-details", "always", "spring.datasource.url", "jdbc:h2:mem:x",
						"spring.profiles.active", "postgres", "nashir.dispatcher.enabled", "false")))))
			.isEmpty();
	}

	private static StandardEnvironment environment(org.springframework.core.env.PropertySource<?> source) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().forEach(existing -> environment.getPropertySources().remove(existing.getName()));
		environment.getPropertySources().addFirst(source);
		return environment;
	}

}
