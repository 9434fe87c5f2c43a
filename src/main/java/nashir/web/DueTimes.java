package nashir.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The rule for a time an editor gives a post, when writing it and when rescheduling it: still
 * ahead, and not so far ahead that it can only be a typo (2062 for 2026).
 */
@Component
class DueTimes {

	/** Further ahead than this is a mistyped year, not a plan. */
	static final Duration FURTHEST = Duration.ofDays(366);

	private final NewsroomZone zone;

	private final Clock clock;

	DueTimes(NewsroomZone zone, Clock clock) {
		this.zone = zone;
		this.clock = clock;
	}

	/** The message key saying what is wrong with the time (in the newsroom's zone), or empty when it will do. */
	Optional<String> problem(LocalDateTime local) {
		Instant at = zone.toInstant(local);
		Instant now = clock.instant();
		if (!at.isAfter(now)) {
			return Optional.of("compose.error.past");
		}
		return at.isAfter(now.plus(FURTHEST)) ? Optional.of("compose.error.far") : Optional.empty();
	}

}
