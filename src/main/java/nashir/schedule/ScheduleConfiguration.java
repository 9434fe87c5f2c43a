package nashir.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import nashir.compose.PostComposer;
import nashir.feed.FeedReader;
import nashir.feed.FeedSettings;
import nashir.publish.Publishers;
import nashir.queue.NodeName;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The schedules' parts: files synchronised into the table at start (before anything reads it),
 * the catalog over the table, and this node's sweep.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SweepSettings.class)
class ScheduleConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ScheduleConfiguration.class);

	@Bean
	ScheduleFileParser scheduleFileParser(Publishers publishers, @Value("${nashir.feed.file-root:}") String fileRoot,
			@Value("${nashir.schedules-min-every:10s}") Duration minEvery) {
		return new ScheduleFileParser(
				new ScheduleRules(Optional.of(publishers::accounts), FileRoot.of(fileRoot), minEvery));
	}

	@Bean
	ScheduleSync scheduleSync(@Value("${nashir.schedules-dir}") Path directory, ScheduleFileParser parser,
			ScheduleTable table, PlatformTransactionManager transactions, JdbcTemplate jdbc, Clock clock) {
		ScheduleSync sync = new ScheduleSync(directory, parser, table, transactions, new SyncLock(jdbc), clock);
		sync.sync();
		log.info("event=schedules_loaded dir={} problems={}", directory.toAbsolutePath(), sync.localProblems().size());
		return sync;
	}

	@Bean
	SchedulePreview schedulePreview(FeedReader reader, PostComposer composer, Publishers publishers) {
		return new SchedulePreview(reader, composer, publishers);
	}

	@Bean
	AppSchedules appSchedules(ScheduleTable table, ScheduleFileParser parser, SchedulePreview preview, FeedSweep sweep,
			Clock clock) {
		return new AppSchedules(table, parser, preview, sweep::wake, clock);
	}

	@Bean
	ScheduleCatalog scheduleCatalog(ScheduleTable table, ScheduleFileParser parser, ScheduleSync sync) {
		return new ScheduleCatalog(table, parser, sync);
	}

	/**
	 * The lease must outlast the slowest poll (a fetch, then a parse), or another node would take a
	 * schedule over while this one still polls it.
	 */
	@Bean
	ScheduleClaims scheduleClaims(JdbcTemplate jdbc, PlatformTransactionManager transactions, SweepSettings settings,
			FeedSettings feed, NodeName node) {
		Duration slowest = feed.totalTimeout().plus(feed.parseTimeout());
		if (settings.claimLease().compareTo(slowest) <= 0) {
			throw new IllegalStateException("nashir.feed.claim-lease (" + settings.claimLease()
					+ ") must be longer than nashir.feed.total-timeout + parse-timeout (" + slowest + ")");
		}
		return new ScheduleClaims(jdbc, transactions, node.toString(), settings.claimLease());
	}

	@Bean
	FeedSweep feedSweep(ScheduleClaims claims, ScheduleCatalog catalog, FeedPoller poller, SweepSettings settings,
			Clock clock) {
		return new FeedSweep(claims, catalog, poller, settings, clock);
	}

}
