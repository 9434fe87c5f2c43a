package nashir.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import nashir.feed.FetchResult.Fetched;
import nashir.feed.FetchResult.NotModified;
import nashir.feed.FetchResult.Validators;
import nashir.feed.FeedReader.ReadFeed;
import nashir.feed.ItemIngester.Read;
import nashir.feed.ItemKeyScanner.Scan;
import nashir.text.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls one feed: conditional fetch, parse, sanitize, identify items, and record them in the
 * ledger, handing the new ones on; keeps each feed's health and backs off a failing feed. Work
 * that cannot find anything new is skipped: a 304, a body identical to the last one (SHA-256), or
 * one whose items a cheap scan finds all in the ledger; of a changed body only the items the
 * ledger lacks are parsed, and of a first read only the items handed on.
 */
@Component
public class FeedRefresher {

	private static final Logger log = LoggerFactory.getLogger(FeedRefresher.class);

	private static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);

	private static final Duration MAX_BACKOFF = Duration.ofHours(1);

	private static final int FAILED_ITEMS_SHOWN = 5;

	private final FeedReader reader;

	private final FeedLedger ledger;

	private final ItemIngester ingester;

	private final TransactionTemplate transaction;

	private final MeterRegistry meters;

	private final WebSubSubscriber webSub;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FeedRefresher(FeedReader reader, FeedLedger ledger, ItemIngester ingester, PlatformTransactionManager transactions,
			MeterRegistry meters, WebSubSubscriber webSub, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this.reader = reader;
		this.ledger = ledger;
		this.ingester = ingester;
		this.transaction = new TransactionTemplate(transactions);
		this.meters = meters;
		this.webSub = webSub;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Polls {@code source} once. New items that pass its filter are given to {@code handler},
	 * oldest first, in the same transaction that records them as seen. On the very first poll of
	 * a feed (or after its URL changed) every item is recorded and only the newest
	 * {@code backlog} are handed on. An item the handler refuses is named in the feed's health and
	 * the others go on. Never throws for a bad feed: that is a {@link PollOutcome.Failed}.
	 * While a failing feed backs off, returns {@link PollOutcome.BackedOff} without fetching.
	 */
	public PollOutcome refresh(FeedSource source, NewItemsHandler handler) {
		Instant now = this.clock.instant();
		Optional<FeedState> state = this.ledger.state(source.feedId());
		Instant retryAt = state.map(FeedState::retryAt).orElse(null);
		if (retryAt != null && now.isBefore(retryAt)) {
			return new PollOutcome.BackedOff(source.feedId(), retryAt);
		}
		Read read = read(state, source);
		boolean baseline = read.baseline();
		Validators validators = baseline ? Validators.NONE : state.get().validators();
		try {
			// No transaction is open here: a slow site must not hold a database connection.
			FetchResult result = this.reader.fetch(source.url(), validators);
			if (result instanceof NotModified) {
				// A healthy feed's 304 has nothing to write: when it was polled is the schedule's to keep.
				if (!state.map(FeedState::healthy).orElse(false)) {
					this.ledger.saveNotModified(source.feedId(), source.url(), now);
				}
				count("not_modified");
				recovered(source, state, now);
				return new PollOutcome.NotModified(source.feedId());
			}
			Fetched fetched = (Fetched) result;
			String bodyHash = ItemIdentity.sha256(fetched.body());
			ReadFeed feed;
			Set<String> known = Set.of();
			if (baseline) {
				Optional<Scan> scan = this.reader.scan(fetched);
				feed = scan.isPresent() ? this.reader.parseFirst(fetched, scan.get()) : this.reader.parse(fetched);
			}
			else {
				boolean sameBody = bodyHash.equals(state.get().bodyHash());
				Optional<Scan> scan = sameBody ? Optional.empty() : this.reader.scan(fetched);
				known = scan.map((items) -> this.ledger.knownKeysOfBody(source.feedId(), items.keys())).orElse(Set.of());
				if (sameBody || scan.isPresent() && known.size() == scan.get().keys().size()) {
					PollOutcome.Unchanged unchanged = unchanged(source, state.get(), fetched, bodyHash, sameBody, now);
					recovered(source, state, now);
					return unchanged;
				}
				feed = scan.isPresent() ? this.reader.parseNew(fetched, scan.get(), known) : this.reader.parse(fetched);
			}
			PollOutcome outcome = store(source, handler, feed, read, fetched.validators(), bodyHash, now);
			// Committed: every item read is in the ledger now, so the next changed body asks only about newer ones.
			this.ledger.rememberKnownKeys(source.feedId(),
					Stream.concat(known.stream(), feed.entries().stream().map(FeedEntry::key)).toList());
			this.webSub.discovered(source.feedId(), feed.hub(), feed.self());
			recovered(source, state, now);
			return outcome;
		}
		catch (FeedException ex) {
			Instant serverRetryAt = ex instanceof FetchException fetchFailure ? fetchFailure.retryAt() : null;
			return fail(source, state.map(FeedState::consecutiveFailures).orElse(0) + 1, ex.reason(), serverRetryAt, now);
		}
		catch (RuntimeException ex) {
			// The handler (or the database) failed: nothing was recorded, so the items come again next poll.
			log.warn("feed poll failed feed={} reason=\"items could not be recorded or handed on\"", source.feedId(), ex);
			return fail(source, state.map(FeedState::consecutiveFailures).orElse(0) + 1,
					Reason.of("feed.error.handOff", "the new items could not be handed on ("
							+ ex.getClass().getSimpleName() + ")", ex.getClass().getSimpleName()), null, now);
		}
	}

	/** A body a WebSub hub pushed takes the same path as a polled one, but leaves polling state and back-off alone. */
	PollOutcome refreshPushed(FeedSource source, NewItemsHandler handler, Fetched pushed) {
		Instant now = this.clock.instant();
		try {
			return store(source, handler, this.reader.parse(pushed), read(this.ledger.state(source.feedId()), source), null,
					null, now);
		}
		catch (FeedException ex) {
			log.warn("websub push ignored feed={} reason=\"{}\"", source.feedId(), ex.getMessage());
			return new PollOutcome.Failed(source.feedId(), message(source, ex.reason()).english());
		}
	}

	/** A feed with no state was never read; one read under another URL takes a new baseline. */
	private static Read read(Optional<FeedState> state, FeedSource source) {
		return state.isEmpty() ? Read.FIRST : state.get().needsBaseline(source.url()) ? Read.BASELINE : Read.CHANGED;
	}

	/** Health of every feed polled so far, by feed id. */
	public List<FeedHealth> health() {
		return this.ledger.states().stream().map(this::health).toList();
	}

	public Optional<FeedHealth> health(String feedId) {
		return this.ledger.state(feedId).map(this::health);
	}

	private FeedHealth health(FeedState state) {
		return state.health(this.ledger.failures(state.feedId(), FAILED_ITEMS_SHOWN));
	}

	/**
	 * Nothing new when the body is the one read last time, or when the scan finds only items the
	 * ledger has: then nothing is parsed, sanitised or handed on, and only what changed about the
	 * feed is written (nothing at all for a healthy feed repeating its body and validators).
	 */
	private PollOutcome.Unchanged unchanged(FeedSource source, FeedState state, Fetched fetched, String bodyHash,
			boolean sameBody, Instant now) {
		if (!sameBody || !state.healthy() || !fetched.validators().equals(state.validators())) {
			this.ledger.saveSuccess(source.feedId(), source.url(), fetched.validators(), bodyHash, false, null, now);
		}
		if (!sameBody) {
			this.webSub.discovered(source.feedId(), fetched.hub(), fetched.self());
		}
		count("unchanged");
		return new PollOutcome.Unchanged(source.feedId(), sameBody);
	}

	private PollOutcome store(FeedSource source, NewItemsHandler handler, ReadFeed feed, Read read,
			Validators validators, String bodyHash, Instant now) {
		PollOutcome.Updated updated;
		try {
			updated = ingestAndSave(source, handler, feed, read, validators, bodyHash, now);
		}
		catch (DataIntegrityViolationException ex) {
			// A push and a poll of the same feed raced and the other recorded the items first (or rows
			// of a feed without state were written by hand): read again, asking the ledger this time.
			updated = ingestAndSave(source, handler, feed, read == Read.FIRST ? Read.BASELINE : read, validators,
					bodyHash, now);
		}
		count("updated");
		this.meters.counter("nashir.feed.items.new").increment(updated.fresh());
		return updated;
	}

	private PollOutcome.Updated ingestAndSave(FeedSource source, NewItemsHandler handler, ReadFeed feed, Read read,
			Validators validators, String bodyHash, Instant now) {
		return this.transaction.execute((status) -> {
			ItemIngester.Ingested ingested = this.ingester.ingest(source, feed.entries(), feed.items(), read, handler, now);
			this.ledger.saveSuccess(source.feedId(), source.url(), validators, bodyHash, read.baseline(), ingested.notice(),
					now);
			return ingested.updated();
		});
	}

	/** Back-off doubles from one minute up to an hour, and never ends before the server's Retry-After. */
	private PollOutcome fail(FeedSource source, int failures, Reason reason, Instant serverRetryAt, Instant now) {
		long factor = 1L << Math.min(failures - 1, 20);
		Duration backoff = FIRST_BACKOFF.multipliedBy(factor).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF
				: FIRST_BACKOFF.multipliedBy(factor);
		Instant retryAt = now.plus(backoff);
		if (serverRetryAt != null && serverRetryAt.isAfter(retryAt)) {
			retryAt = serverRetryAt;
		}
		Reason message = message(source, reason);
		this.ledger.saveFailure(source.feedId(), source.url(), message, failures, retryAt, now);
		count("failed");
		log.warn("feed poll failed feed={} failures={} retryAt={} error=\"{}\"", source.feedId(), failures, retryAt,
				message.english());
		this.events.publishEvent(new FeedPollFailed(source.feedId(), failures, message.english(), now));
		return new PollOutcome.Failed(source.feedId(), message.english());
	}

	private void recovered(FeedSource source, Optional<FeedState> before, Instant now) {
		int failed = before.map(FeedState::consecutiveFailures).orElse(0);
		if (failed > 0) {
			this.events.publishEvent(new FeedRecovered(source.feedId(), failed, now));
		}
	}

	/** The English names the feed for logs and the API; pages show the feed beside its reason. */
	private static Reason message(FeedSource source, Reason reason) {
		return new Reason(reason.key(), reason.args(), "feed \"" + source.feedId() + "\": " + reason.english());
	}

	private void count(String result) {
		this.meters.counter("nashir.feed.polls", "result", result).increment();
	}

}
