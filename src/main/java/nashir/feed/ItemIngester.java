package nashir.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nashir.text.Reason;
import nashir.text.Refusal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger step of a poll or a push, run inside the caller's transaction: records every item
 * not seen before and hands the new ones that pass the filter on, oldest first. An item is "seen"
 * when its key is known (so a WordPress bump, same guid with a new date or title, is not new)
 * or its canonical link is known (so one story under a second guid is not new either).
 * <p>
 * Each item is handed on in its own savepoint: one the queue refuses is rolled back alone, kept
 * in the ledger with the reason, and its neighbours go on. A failure that says the database
 * itself is unwell fails the whole poll instead, so nothing is recorded and the next poll tries
 * again: a story is never marked seen because of an outage.
 */
@Component
class ItemIngester {

	private static final Logger log = LoggerFactory.getLogger(ItemIngester.class);

	/** A failed item's reason as stored: a line, not a stack trace. */
	private static final int MAX_REASON = 300;

	private final FeedLedger ledger;

	private final TransactionTemplate savepoint;

	private final int maxItemsPerPoll;

	ItemIngester(FeedLedger ledger, PlatformTransactionManager transactions, FeedSettings settings) {
		this.ledger = ledger;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.maxItemsPerPoll = settings.maxItemsPerPoll();
	}

	/** What the ledger may already hold of the feed whose items are ingested. */
	enum Read {

		/**
		 * A feed never read before (no state: the ledger writes a feed's items and its state in one
		 * transaction and deletes neither), so the ledger has none of its items and is not asked.
		 * Everything is recorded; only the newest {@code backlog} items are handed on.
		 */
		FIRST,

		/** A first read of a new URL, or a first read that met items after all: as {@link #FIRST}, asking the ledger. */
		BASELINE,

		/** A body read after the feed's first: every item the ledger lacks is new. */
		CHANGED;

		boolean baseline() {
			return this != CHANGED;
		}

	}

	/** What one ingest came to, and the note for the feed's status when there is one. */
	record Ingested(PollOutcome.Updated updated, Reason notice) {
	}

	/**
	 * @param entries the feed's items as read: all of them, or of a changed body only those the
	 * scan did not find in the ledger
	 * @param items how many items the feed holds, for the outcome
	 */
	Ingested ingest(FeedSource source, List<FeedEntry> entries, int items, Read read, NewItemsHandler handler,
			Instant now) {
		String feedId = source.feedId();
		boolean baseline = read.baseline();
		List<FeedEntry> oldestFirst = FeedReader.oldestFirst(entries);
		List<String> linkKeys = oldestFirst.stream().map((entry) -> ItemIdentity.linkKey(entry.link())).toList();
		Set<String> seenKeys = read == Read.FIRST ? Set.of()
				: this.ledger.knownKeys(feedId, oldestFirst.stream().map(FeedEntry::key).toList());
		Set<String> seenLinks = read == Read.FIRST ? Set.of() : this.ledger.knownLinkKeys(feedId, linkKeys);
		List<FeedEntry> fresh = new ArrayList<>();
		Map<FeedEntry, String> unrecorded = new LinkedHashMap<>();
		for (int i = 0; i < oldestFirst.size(); i++) {
			FeedEntry entry = oldestFirst.get(i);
			if (!seenKeys.contains(entry.key())) {
				// Recorded even when only its link was known, so that next time its own key answers.
				unrecorded.put(entry, linkKeys.get(i));
				if (!seenLinks.contains(linkKeys.get(i))) {
					fresh.add(entry);
				}
			}
		}
		this.ledger.record(feedId, unrecorded, now);
		// A first read (or a read of a new URL) would flood the account with the feed's whole
		// history: everything is recorded, only the newest `backlog` items go on.
		List<FeedItem> candidates = (baseline ? newest(fresh, source.backlog()) : fresh).stream().map(FeedEntry::item)
			.toList();
		List<FeedItem> passed = candidates.stream().filter((item) -> ItemFilter.passes(source.filter(), item, now)).toList();
		List<FeedItem> handed = newest(passed, this.maxItemsPerPoll);
		int failed = handOn(source, handed, handler, now);
		PollOutcome.Updated updated = new PollOutcome.Updated(feedId, items, handed.size() - failed,
				candidates.size() - passed.size(), baseline);
		return new Ingested(updated, notice(passed.size() - handed.size(), failed));
	}

	private static <T> List<T> newest(List<T> oldestFirst, int count) {
		return oldestFirst.subList(Math.max(0, oldestFirst.size() - count), oldestFirst.size());
	}

	/** Hands each item on in a savepoint of its own; returns how many were refused. */
	private int handOn(FeedSource source, List<FeedItem> items, NewItemsHandler handler, Instant now) {
		int failed = 0;
		for (FeedItem item : items) {
			try {
				this.savepoint.executeWithoutResult((status) -> handler.accept(source, List.of(item)));
			}
			catch (RuntimeException ex) {
				if (isOutage(ex)) {
					throw ex;
				}
				Reason reason = reason(ex);
				this.ledger.recordFailure(source.feedId(), item.key(), reason.stored(MAX_REASON), now);
				log.warn("feed item not handed on feed={} item=\"{}\" title=\"{}\" reason=\"{}\"", source.feedId(),
						item.key(), item.title(), reason.english());
				failed++;
			}
		}
		return failed;
	}

	/** Spring's own word that the database, not the item, is at fault: trying again later may work. */
	private static boolean isOutage(RuntimeException ex) {
		return ex instanceof TransientDataAccessException || ex instanceof RecoverableDataAccessException
				|| ex instanceof DataAccessResourceFailureException || ex instanceof TransactionException;
	}

	/**
	 * Why: a refusal's own reason; any other failure by its exception's name (the editor's words) and
	 * its message (in English, for the log and the API).
	 */
	private static Reason reason(RuntimeException ex) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		if (cause instanceof Refusal refusal) {
			return refusal.reason();
		}
		if (ex instanceof Refusal refusal) {
			return refusal.reason();
		}
		String message = String.valueOf(cause.getMessage()).replaceAll("\\s+", " ").strip();
		String name = ex.getClass().getSimpleName();
		return Reason.of("feed.item.failed", HtmlText.cut(name + ": " + message, MAX_REASON), name);
	}

	/** The note for the feed's status; its key says which of the two things happened, its numbers how many. */
	private Reason notice(int beyondLimit, int failed) {
		List<String> notes = new ArrayList<>();
		if (beyondLimit > 0) {
			notes.add("%,d new items were more than nashir.feed.max-items-per-poll (%,d): the %,d oldest were recorded as seen, not posted"
				.formatted(beyondLimit + this.maxItemsPerPoll, this.maxItemsPerPoll, beyondLimit));
		}
		if (failed > 0) {
			notes.add("%,d new %s could not be handed on (named with the feed)".formatted(failed,
					failed == 1 ? "item" : "items"));
		}
		String key = beyondLimit > 0 ? (failed > 0 ? "feed.notice.beyondAndFailed" : "feed.notice.beyond")
				: "feed.notice.failed";
		return notes.isEmpty() ? null : Reason.of(key, String.join("; ", notes), beyondLimit + this.maxItemsPerPoll,
				this.maxItemsPerPoll, beyondLimit, failed);
	}

}
