package nashir.feed;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import nashir.TestClock;
import nashir.net.NetConfiguration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A light context for the feed feature: H2 in memory migrated by Flyway, the feed beans, and test
 * stand-ins for what the schedule layer provides (the feed subscriptions and the items handler).
 * Deliberately not a {@code @Configuration}: the application's component scan must not find it
 * when the whole service runs in a test JVM.
 */
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
		JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
		DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class })
@Import({ FeedConfiguration.class, FeedLedger.class, ItemIngester.class, FeedRefresher.class, WebSubStore.class,
		WebSubSubscriber.class, WebSubCallbackController.class, NetConfiguration.class })
class FeedTestApplication {

	@Bean
	TestClock clock() {
		return new TestClock();
	}

	@Bean
	MeterRegistry meterRegistry() {
		return new SimpleMeterRegistry();
	}

	@Bean
	RecordingHandler recordingHandler() {
		return new RecordingHandler();
	}

	@Bean
	MapSubscriptions subscriptions() {
		return new MapSubscriptions();
	}

	/** The one context of all Spring tests of the feature (identical properties keep it cached). */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@SpringBootTest(classes = FeedTestApplication.class,
			properties = { "spring.datasource.url=jdbc:h2:mem:feedtests;DB_CLOSE_DELAY=-1",
					"nashir.public-base-url=https://nashir.example.com/" })
	@interface FeedSpringTest {

	}

	/**
	 * Keeps each batch it is given; can be told to fail, as a queue whose database is down would,
	 * or to refuse one item, as a queue refuses a value its columns cannot hold.
	 */
	static final class RecordingHandler implements NewItemsHandler {

		final List<List<FeedItem>> batches = new ArrayList<>();

		volatile boolean failing;

		volatile String refusedGuid;

		volatile boolean calledOutsideTransaction;

		@Override
		public void accept(FeedSource source, List<FeedItem> newItems) {
			if (!TransactionSynchronizationManager.isActualTransactionActive()) {
				this.calledOutsideTransaction = true;
			}
			if (this.failing) {
				throw new TransientDataAccessResourceException("queue unavailable");
			}
			if (newItems.stream().anyMatch((item) -> this.refusedGuid != null && this.refusedGuid.equals(item.guid()))) {
				throw new DataIntegrityViolationException("Value too long for column \"LINK CHARACTER VARYING(2000)\"");
			}
			this.batches.add(newItems);
		}

		List<FeedItem> all() {
			return this.batches.stream().flatMap(List::stream).toList();
		}

		void clear() {
			this.batches.clear();
			this.failing = false;
			this.refusedGuid = null;
			this.calledOutsideTransaction = false;
		}

	}

	static final class MapSubscriptions implements FeedSubscriptions {

		final Map<String, FeedSource> sources = new ConcurrentHashMap<>();

		@Override
		public Optional<FeedSource> source(String feedId) {
			return Optional.ofNullable(this.sources.get(feedId));
		}

	}

}
