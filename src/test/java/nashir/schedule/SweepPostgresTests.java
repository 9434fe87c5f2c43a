package nashir.schedule;

import java.nio.file.Files;
import java.nio.file.Path;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import nashir.NashirApplication;
import nashir.cluster.PostgresSchema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** Three nodes' sweeps on one PostgreSQL schema ({@code FOR UPDATE SKIP LOCKED}, then the conditional claim). */
class SweepPostgresTests {

	@RegisterExtension
	static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path home;

	@Test
	void shouldNeverPollOneFeedTwiceAtOnceAcrossThreeNodes() throws Exception {
		try (PostgresSchema schema = PostgresSchema.create();
				ConfigurableApplicationContext context = new SpringApplicationBuilder(NashirApplication.class).run(
						"--spring.profiles.active=postgres", "--spring.datasource.url=" + schema.url(), "--server.port=0",
						"--nashir.data-dir=" + home.resolve("data"), "--nashir.schedules-dir=" + home.resolve("empty"),
						"--nashir.feed.sweep=false", "--nashir.dispatcher.enabled=false",
						"--nashir.net.allowed-private-hosts=localhost")) {
			Schedules schedules = new Schedules.Factory(context.getBean(JdbcTemplate.class),
					context.getBean(PlatformTransactionManager.class), context.getBean(ScheduleTable.class),
					context.getBean(ScheduleFileParser.class), context.getBean(FeedPoller.class), java.time.Clock.systemUTC())
				.in(Files.createDirectories(home.resolve("schedules")));
			ConcurrentSweeps.shouldNeverPollOneFeedTwiceAtOnce(schedules, site,
					Files.readString(Path.of("src/test/resources/feeds/arabic-wordpress.xml")));
		}
	}

}
