package nashir.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nashir.publish.Account;
import nashir.publish.AccountPause;
import nashir.publish.AccountDirectory;
import nashir.publish.RateLimitStatus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Each account's right to post now: paused while X refuses the account (credentials, credits,
 * permission), blocked until a rate limit resets, paced by {@code min-interval}, capped by
 * {@code daily-cap}. An account paused for credits tries one post every {@code credits-probe}.
 */
@Service
public class AccountStates {

	private static final Logger log = LoggerFactory.getLogger(AccountStates.class);

	private static final Duration DAY = Duration.ofHours(24);

	private final AccountStateRepository states;

	private final AccountDirectory settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountStates(AccountStateRepository states, AccountDirectory settings, ApplicationEventPublisher events,
			Clock clock) {
		this.states = states;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	public List<AccountStatus> all() {
		return settings.names().stream().map(this::status).toList();
	}

	public AccountStatus status(String name) {
		Account account = account(name);
		Instant now = clock.instant();
		// A read writes nothing: an account that never posted simply has no row yet.
		AccountStateRepository.Row row = states.find(name).orElseGet(() -> AccountStateRepository.Row.fresh(name));
		int sent = states.publishedSince(name, now.minus(DAY));
		AccountStatus.State state = (row.pause() != null) ? AccountStatus.State.PAUSED
				: row.blockedUntil() != null && row.blockedUntil().isAfter(now) ? AccountStatus.State.RATE_LIMITED
						: capped(account, sent) ? AccountStatus.State.CAPPED
								: isQuiet(name, now) ? AccountStatus.State.QUIET : AccountStatus.State.OK;
		return new AccountStatus(name, state, !account.sendsToX(), row.pause(), row.pausedAt(), row.probeAt(),
				row.blockedUntil(), row.quota(), row.lastSentAt(), sent, account.dailyCap());
	}

	/** Refuses an account name that is not configured, naming the ones that are. */
	void requireKnown(String name) {
		account(name);
	}

	/** An operator's word that what X refused is fixed: the account's waiting posts go out again. */
	public boolean resume(String name) {
		account(name);
		boolean resumed = states.resume(name, null, clock.instant());
		if (resumed) {
			log.info("event=account_resumed account={}", name);
		}
		return resumed;
	}

	/** Whether the account is in its quiet hours, when only urgent posts go out. */
	private boolean isQuiet(String name, Instant now) {
		Account account = account(name);
		return account.quietHours() != null && account.quietHours().contains(now);
	}

	void pause(String name, AccountPause pause) {
		Instant now = clock.instant();
		Instant probeAt = pause.probes() ? now.plus(account(name).creditsProbe()) : null;
		states.ensure(name, now);
		// Read before the write: a credits probe that finds them still spent pauses again, but is no news.
		boolean fresh = states.find(name).map((row) -> row.pause() == null).orElse(true);
		states.pause(name, pause, probeAt, now);
		log.warn("event=account_paused account={} kind={} probe_at={} reason=\"{}\"", name, pause.kind(), probeAt,
				pause.reason());
		if (fresh) {
			events.publishEvent(new AccountPaused(name, pause.kind(), pause.reason(), now));
		}
	}

	/** X took a post: a pause for credits is over (they were bought); other pauses wait for an operator. */
	void tookPost(String name) {
		if (states.resume(name, AccountPause.Kind.CREDITS, clock.instant())) {
			log.info("event=account_resumed account={} reason=\"X took a post again\"", name);
		}
	}

	/** The account's pacing rules now: what {@link Pacing#next} needs to say when its next post may go. */
	Pacing pacing(String name, Instant now) {
		Account account = account(name);
		AccountStateRepository.Row row = states.find(name).orElseGet(() -> AccountStateRepository.Row.fresh(name));
		boolean probing = row.pause() != null && row.probeAt() != null;
		Instant opensAt = row.pause() != null && !probing ? null
				: latest(probing ? row.probeAt() : now, row.blockedUntil(),
						row.lastSentAt() == null ? null : row.lastSentAt().plus(account.minInterval()));
		List<Instant> sent = account.dailyCap() > 0 ? states.publishedTimesSince(name, now.minus(DAY)) : List.of();
		return new Pacing(opensAt, probing, account.minInterval(), account.dailyCap(), account.quietHours(), sent);
	}

	/**
	 * When each of the account's waiting posts will really go, by the rules the dispatcher applies
	 * ({@link Pacing#next}), taking them in its order. A post missing from the answer waits for an
	 * operator to resume the account.
	 */
	public Map<Long, Instant> sendTimes(String name, List<Post> waiting) {
		Instant now = clock.instant();
		Pacing pacing = pacing(name, now);
		List<Post> left = new ArrayList<>(waiting);
		Map<Long, Instant> times = new HashMap<>();
		while (!left.isEmpty()) {
			Pacing current = pacing;
			// The post the dispatcher would send next: the earliest it may go, urgent first, then its own order.
			Optional<Map.Entry<Post, Instant>> first = left.stream()
				.flatMap(post -> current.next(latest(now, post.dueAt()), post.urgent()).map(at -> Map.entry(post, at)).stream())
				.min(Map.Entry.<Post, Instant>comparingByValue().thenComparing(entry -> !entry.getKey().urgent())
					.thenComparing(entry -> entry.getKey().dueAt())
					.thenComparing(entry -> entry.getKey().id()));
			if (first.isEmpty()) {
				break;
			}
			times.put(first.get().getKey().id(), first.get().getValue());
			left.remove(first.get().getKey());
			pacing = pacing.after(first.get().getValue());
		}
		return times;
	}

	/**
	 * Takes the account's next posting slot. The caller has asked {@link #pacing} first; this is the
	 * conditional update that makes one node the winner of the slot.
	 *
	 * @return false when another lane or node took the slot, or the account's state changed
	 */
	boolean takeSlot(String name, Instant now) {
		Account account = account(name);
		states.ensure(name, now);
		return states.takeSlot(name, now, now.minus(account.minInterval()), now.plus(account.creditsProbe()));
	}

	private static Instant latest(Instant first, Instant... others) {
		Instant latest = first;
		for (Instant other : others) {
			latest = other != null && other.isAfter(latest) ? other : latest;
		}
		return latest;
	}

	/**
	 * Keeps X's word on the quota. Known exhaustion blocks the account until the reset, so no
	 * request is sent that X would refuse anyway.
	 */
	void recordQuota(String name, RateLimitStatus quota, Instant blockedUntil) {
		Instant until = blockedUntil;
		if (quota.remaining() != null && quota.remaining() == 0 && quota.reset() != null) {
			until = later(until, quota.reset());
		}
		if (quota.dailyRemaining() != null && quota.dailyRemaining() == 0 && quota.dailyReset() != null) {
			until = later(until, quota.dailyReset());
		}
		states.quota(name, quota, until, clock.instant());
	}

	private static Instant later(Instant a, Instant b) {
		return a == null || b.isAfter(a) ? b : a;
	}

	private boolean capped(Account account, int sent) {
		return account.dailyCap() > 0 && sent >= account.dailyCap();
	}

	private Account account(String name) {
		return settings.get(name);
	}

}
