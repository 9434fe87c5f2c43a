package nashir.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import nashir.queue.LogThrottle;
import nashir.queue.NodeName;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code storage} in health: DOWN when the database cannot write. On the single node's H2 file it
 * is part of liveness: after a write fails for want of space H2 closes the database and never
 * opens it again in this process, so the way back is a restart (by the orchestrator) once there is
 * space. One small write at most every {@code nashir.storage.probe-interval} (default 10 s),
 * however often health is asked.
 */
@Component("storage")
class StorageHealthIndicator implements HealthIndicator {

	private final JdbcClient jdbc;

	private final NodeName node;

	private final Clock clock;

	private final Duration interval;

	private final LogThrottle failures;

	private Instant probedAt;

	private Health health;

	StorageHealthIndicator(JdbcClient jdbc, NodeName node, Clock clock,
			@Value("${nashir.storage.probe-interval:10s}") Duration interval) {
		this.jdbc = jdbc;
		this.node = node;
		this.clock = clock;
		this.interval = interval;
		this.failures = new LogThrottle(LoggerFactory.getLogger(StorageHealthIndicator.class), clock);
	}

	@Override
	public synchronized Health health() {
		Instant now = clock.instant();
		if (probedAt == null || !now.isBefore(probedAt.plus(interval))) {
			health = probe(now);
			probedAt = now;
		}
		return health;
	}

	private Health probe(Instant now) {
		try {
			jdbc.sql("UPDATE storage_probe SET node = ?, written_at = ? WHERE id = 1")
				.params(node.toString(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.update();
			return Health.up().build();
		}
		catch (DataAccessException ex) {
			failures.error("event=storage_unavailable: the database cannot write", ex);
			return Health.down().withDetail("error", "storage unavailable: the database cannot write").build();
		}
	}

}
