package nashir.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Failed logins per account and per address, form and HTTP Basic alike. After {@link #FREE_FAILURES}
 * failures each further attempt must wait, one second at first, doubling with every failure up to
 * {@link #LONGEST_WAIT}; an attempt during the wait is refused without checking the password. A
 * successful login clears its account and address. Kept in this node's memory, at most
 * {@link #MAX_TRACKED} accounts and as many addresses (the least recently used go first), each
 * forgotten an hour after its last failure.
 */
class LoginThrottle {

	static final int FREE_FAILURES = 5;

	static final Duration FIRST_WAIT = Duration.ofSeconds(1);

	static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

	static final int MAX_TRACKED = 10_000;

	private static final Duration FORGET_AFTER = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final Clock clock;

	private final Cache<String, Failures> accounts;

	private final Cache<String, Failures> addresses;

	LoginThrottle(Clock clock) {
		this(clock, MAX_TRACKED);
	}

	LoginThrottle(Clock clock, int maxTracked) {
		this.clock = clock;
		this.accounts = tracker(clock, maxTracked);
		this.addresses = tracker(clock, maxTracked);
	}

	private static Cache<String, Failures> tracker(Clock clock, int maxTracked) {
		return Caffeine.newBuilder()
			.maximumSize(maxTracked)
			.expireAfterWrite(FORGET_AFTER)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.executor(Runnable::run)
			.build();
	}

	/** Failures so far and the time of the last one. */
	record Failures(int count, Instant last) {

		Instant waitUntil() {
			if (count < FREE_FAILURES) {
				return last;
			}
			int doublings = Math.min(count - FREE_FAILURES, 20);
			Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
			return last.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
		}

	}

	/** How long an attempt for this account from this address must still wait; zero when it may go ahead. */
	Duration waitFor(String username, String address) {
		Instant now = clock.instant();
		Instant until = later(waitUntil(accounts, account(username)), waitUntil(addresses, shortened(address)));
		return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
	}

	void failed(String username, String address) {
		Instant now = clock.instant();
		Failures account = accounts.asMap()
			.merge(account(username), new Failures(1, now), (old, first) -> new Failures(old.count() + 1, now));
		addresses.asMap()
			.merge(shortened(address), new Failures(1, now), (old, first) -> new Failures(old.count() + 1, now));
		log.warn("event=login_failed user={} address={} failures={}", printable(username), printable(address),
				account.count());
	}

	void succeeded(String username, String address) {
		accounts.invalidate(account(username));
		addresses.invalidate(shortened(address));
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		failed(event.getAuthentication().getName(), address(event.getAuthentication()));
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		succeeded(event.getAuthentication().getName(), address(event.getAuthentication()));
	}

	long tracked() {
		accounts.cleanUp();
		addresses.cleanUp();
		return accounts.estimatedSize() + addresses.estimatedSize();
	}

	private static String address(Authentication attempt) {
		return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
				? details.getRemoteAddress() : "unknown";
	}

	/** Another spelling of a name is not another account to try; a hostile name makes no key of any size. */
	private static String account(String username) {
		return shortened(username.strip()).toLowerCase(Locale.ROOT);
	}

	/** A name or address as received, fit for one log line: no line breaks to forge entries with, at most 100 characters. */
	static String printable(String text) {
		return shortened(text).replaceAll("\\p{Cntrl}", "?");
	}

	private static String shortened(String text) {
		String value = text == null ? "" : text;
		return value.length() > 100 ? value.substring(0, 100) : value;
	}

	private static Instant waitUntil(Cache<String, Failures> tracker, String key) {
		Failures failures = tracker.getIfPresent(key);
		return failures == null ? Instant.MIN : failures.waitUntil();
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
