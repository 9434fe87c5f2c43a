package nashir;

import java.io.IOException;
import java.util.Map;

import nashir.publish.Account;
import nashir.publish.AccountSettings;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in defaults alone define the account {@code main}, so the jar works from any directory. */
class DefaultAccountTests {

	static final Map<String, Object> X_VARIABLES = Map.of("X_CONSUMER_KEY", "ck", "X_CONSUMER_SECRET", "cs",
			"X_ACCESS_TOKEN", "at", "X_ACCESS_TOKEN_SECRET", "as");

	@Test
	void shouldReadMainFromTheEnvironmentWithoutConfigFolder() throws IOException {
		Account main = accounts(Map.of(), new ClassPathResource("application.yml")).accounts().get("main");
		assertThat(main).isNotNull();
		assertThat(main.sendsToX()).as("no X_* variables: dry run").isFalse();

		Account withKeys = accounts(X_VARIABLES, new ClassPathResource("application.yml")).accounts().get("main");
		assertThat(withKeys.sendsToX()).isTrue();
		assertThat(withKeys.consumerKey()).isEqualTo("ck");
	}

	@Test
	void shouldMergeTheShippedConfigurationWithTheDefaults() throws IOException {
		AccountSettings settings = accounts(X_VARIABLES, new FileSystemResource("config/application.yml"),
				new ClassPathResource("application.yml"));
		assertThat(settings.accounts()).containsOnlyKeys("main");
		assertThat(settings.accounts().get("main").sendsToX()).isTrue();
	}

	/** Binds {@code nashir.accounts} as Boot does: the first resource wins, keys of a map from several add up. */
	private static AccountSettings accounts(Map<String, Object> variables, Resource... files) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
		for (Resource file : files) {
			new YamlPropertySourceLoader().load(file.getDescription(), file)
				.forEach(environment.getPropertySources()::addLast);
		}
		return Binder.get(environment).bind("nashir", AccountSettings.class).get();
	}

}
