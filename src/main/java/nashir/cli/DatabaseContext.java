package nashir.cli;

import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The application's database and its migrations, for the commands that work on it: nothing else
 * of the service starts (no web server, no scheduler).
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
		FlywayAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class })
class DatabaseContext {

	/**
	 * @param setup what the service's own start adds to its database, such as its migration strategy
	 * @param settings the command line's {@code --name=value} settings
	 */
	static ConfigurableApplicationContext open(Class<?>[] setup, List<String> settings) {
		return new SpringApplicationBuilder(DatabaseContext.class).sources(setup)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(settings.toArray(String[]::new));
	}

	/** Why the database could not be used, in one line. */
	static String problem(RuntimeException ex) {
		String problem = String.valueOf(rootCause(ex).getMessage());
		return "the database cannot be used: " + problem + (problem.contains("already in use")
				? " (an H2 database is open to one process at a time: stop the service first)" : "");
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
