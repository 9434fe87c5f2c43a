package nashir.queue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nashir.publish.QuietHours;

/**
 * An account's pacing rules at one moment, as the dispatcher applies them: nothing while X has
 * the account paused (but a credits probe), nothing before a rate limit resets or before
 * {@code min-interval} has passed since the last post, no more than {@code daily-cap} in 24 hours,
 * only urgent posts in quiet hours, and nothing that would pass the account's budget. The dispatcher
 * asks {@link #next} before each post; the pages ask the same method for each waiting post's real time.
 *
 * @param opensAt the earliest time the account's slot opens (the last post plus {@code min-interval},
 * a rate limit's reset, a credits probe); {@code null} while paused until an operator resumes it
 * @param probing the slot at {@code opensAt} is a credits probe: after it, nothing is known
 * @param sent when the posts of the last 24 hours were published, oldest first
 * @param spending the account's budget and what it has spent today and this month
 */
public record Pacing(Instant opensAt, boolean probing, Duration minInterval, int dailyCap, QuietHours quietHours,
		List<Instant> sent, Spending spending) {

	private static final Duration DAY = Duration.ofHours(24);

	public Pacing {
		sent = List.copyOf(sent);
	}

	/**
	 * The first moment at or after {@code notBefore} when a post may go, or empty while the
	 * account waits for an operator (or a post dearer than a whole budget waits for a larger one).
	 *
	 * @param budgeted what the post counts against the budget: its price, or zero when it is dry run
	 * or an editor let it pass the budget
	 */
	public Optional<Instant> next(Instant notBefore, boolean urgent, BigDecimal budgeted) {
		if (opensAt == null) {
			return Optional.empty();
		}
		Instant at = notBefore.isAfter(opensAt) ? notBefore : opensAt;
		Instant before;
		// Each rule only moves the time forward, and the cap's window and the budget's period only empty as it does: this ends.
		do {
			before = at;
			at = belowCap(at);
			if (!urgent && quietHours != null && quietHours.contains(at)) {
				at = quietHours.endAfter(at);
			}
			Optional<Instant> withinBudget = spending.fits(at, budgeted);
			if (withinBudget.isEmpty()) {
				return withinBudget;
			}
			at = withinBudget.get();
		}
		while (!at.equals(before));
		return Optional.of(at);
	}

	/** The pacing once a post that costs {@code price} has gone at {@code at}. */
	public Pacing after(Instant at, BigDecimal price) {
		List<Instant> later = new ArrayList<>(sent);
		later.add(at);
		// Only the latest daily-cap posts can ever hold the next one back.
		List<Instant> kept = dailyCap > 0 && later.size() > dailyCap ? later.subList(later.size() - dailyCap, later.size())
				: later;
		return new Pacing(probing ? null : at.plus(minInterval), false, minInterval, dailyCap, quietHours, kept,
				spending.after(at, price));
	}

	/** The first moment at or after {@code at} when fewer than daily-cap posts were published in the 24 hours before. */
	private Instant belowCap(Instant at) {
		if (dailyCap <= 0) {
			return at;
		}
		List<Instant> window = sent.stream().filter(published -> published.isAfter(at.minus(DAY))).toList();
		if (window.size() < dailyCap) {
			return at;
		}
		// The oldest posts must age out until one place is free.
		return window.get(window.size() - dailyCap).plus(DAY);
	}

}
