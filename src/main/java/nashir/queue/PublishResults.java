package nashir.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nashir.cost.PostPrices;
import nashir.publish.PublishOutcome;
import nashir.publish.RateLimitStatus;
import nashir.text.Reason;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What X's answer means for the post and its account: the post's next state, the account's
 * pause or rate-limit wait, the detection-to-publish latency, and what X charged for a published post. The post's
 * result and its account's state are written in one transaction with {@link ResultWrites}, so a database hiccup
 * never sends a post twice.
 */
@Component
class PublishResults {

	private static final Logger log = LoggerFactory.getLogger(PublishResults.class);

	private final PostStateMachine states;

	private final AccountStates accounts;

	private final RetryPolicy retry;

	private final ResultWrites writes;

	private final MeterRegistry meters;

	private final ApplicationEventPublisher events;

	private final PostPrices prices;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate savepoint;

	PublishResults(PostStateMachine states, AccountStates accounts, RetryPolicy retry, ResultWrites writes,
			MeterRegistry meters, ApplicationEventPublisher events, PostPrices prices,
			PlatformTransactionManager transactions, Clock clock) {
		this.prices = prices;
		this.states = states;
		this.accounts = accounts;
		this.retry = retry;
		this.writes = writes;
		this.meters = meters;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	void record(Post post, PublishOutcome outcome) {
		Instant now = clock.instant();
		int attempt = post.attempts() + 1;
		if (outcome instanceof PublishOutcome.Published published) {
			published(post, published, now, () -> {
				accounts.recordQuota(post.account(), published.quota(), null);
				accounts.tookPost(post.account());
			});
		}
		else if (outcome instanceof PublishOutcome.Duplicate duplicate) {
			// An earlier attempt whose answer was lost (a crash, a timeout, a reset) may have reached
			// X: its "duplicate" is our success, not a second story.
			if (post.reclaimed() || post.attempts() > 0) {
				published(post, new PublishOutcome.Published(null, false, Reason.of("publish.note.earlier",
						"X already had it from an earlier attempt whose answer was lost"), RateLimitStatus.UNKNOWN), now,
						null);
			}
			else {
				finish(post, PostStatus.DUPLICATE, "X says the text is already there: " + duplicate.detail(),
						Map.of("error", duplicate.detail()), null);
			}
		}
		else if (outcome instanceof PublishOutcome.TransientFailure failure) {
			transientFailure(post, attempt, failure.reason(), failure.retryAt(), now);
		}
		else if (outcome instanceof PublishOutcome.PermanentFailure failure) {
			finish(post, PostStatus.FAILED, failure.reason().english(), Map.of("error", FreeText.fit(failure.reason())),
					null);
		}
		else if (outcome instanceof PublishOutcome.AccountPaused paused) {
			// The account is at fault, not the post: the account pauses (before the post is queued again, so
			// its lane sends nothing more), and the post waits unharmed, this attempt not counted, until the
			// account resumes.
			Reason reason = paused.pause().why();
			finish(post, PostStatus.QUEUED, "account paused: " + reason.english(),
					Map.of("attempts", post.attempts(), "error", FreeText.fit(reason)),
					() -> accounts.pause(post.account(), paused.pause()));
		}
		else if (outcome instanceof PublishOutcome.RateLimited limited) {
			finish(post, PostStatus.QUEUED, "rate limited until " + limited.resetAt(),
					Map.of("due_at", limited.resetAt(), "attempts", post.attempts(), "error",
							FreeText.fit(limited.reason())),
					() -> accounts.recordQuota(post.account(), limited.quota(), limited.resetAt()));
		}
	}

	/**
	 * What the answer says of the account, alone and retried: a failure to write it costs the account's
	 * bookkeeping, never the post's result.
	 */
	private void account(Post post, Runnable write) {
		try {
			writes.write("account state", post.id(), post.account(), () -> {
				write.run();
				return null;
			});
		}
		catch (DataAccessException ex) {
			log.error("event=account_state_unwritten post={} account={}", post.id(), post.account(), ex);
		}
	}

	/** What the answer says of the account, in the result's transaction but in a savepoint, so that its failure is its own. */
	private boolean accountWithResult(Post post, Runnable write) {
		try {
			savepoint.executeWithoutResult((status) -> write.run());
			return true;
		}
		catch (DataAccessException ex) {
			log.warn("event=account_state_write_failed post={} account={} error=\"{}\" next=\"written alone after the result\"",
					post.id(), post.account(), ex.getMostSpecificCause().getMessage());
			return false;
		}
	}

	/** A bug below the publisher must not strand the post in PUBLISHING: it counts as a transient failure. */
	void crashed(Post post, RuntimeException ex) {
		log.error("event=publisher_crashed post={} account={}", post.id(), post.account(), ex);
		transientFailure(post, post.attempts() + 1,
				Reason.of("publish.error.internal", "internal error: " + ex, ex.getClass().getSimpleName()), null,
				clock.instant());
	}

	private void transientFailure(Post post, int attempt, Reason reason, Instant retryAt, Instant now) {
		if (retry.mayRetryAfter(attempt)) {
			Instant next = retryAt != null ? retryAt : now.plus(retry.backoff(attempt));
			finish(post, PostStatus.RETRY_WAIT, "attempt " + attempt + " failed, next at " + next + ": " + reason.english(),
					Map.of("due_at", next, "error", FreeText.fit(reason)), null);
		}
		else {
			finish(post, PostStatus.FAILED, "gave up after " + attempt + " attempts: " + reason.english(),
					Map.of("error", FreeText.fit(reason)), null);
		}
	}

	private void published(Post post, PublishOutcome.Published published, Instant now, Runnable onAccount) {
		String tweetId = published.tweetId();
		boolean dryRun = published.dryRun();
		Reason note = published.note();
		Map<String, Object> columns = new HashMap<>();
		columns.put("tweet_id", tweetId);
		columns.put("published_url", published.url());
		columns.put("dry_run", dryRun);
		columns.put("published_at", now);
		columns.put("error", (note == null) ? null : FreeText.fit(note));
		// Kept by the prices of the day it went, so past spend stays right when X's prices change.
		columns.put("cost_usd", dryRun ? null : prices.of(post.text(), accounts.charged(post.account())).usd());
		String detail = dryRun ? "published in dry run (not sent)"
				: (tweetId == null) ? "published, the network named no id" : "published as " + tweetId;
		if (finish(post, PostStatus.PUBLISHED, note == null ? detail : detail + "; " + note.english(), columns,
				onAccount)) {
			Timer.builder("nashir.publish.latency")
				.description("From the first sight of a story to X's answer")
				.tag("account", post.account())
				.tag("dry_run", Boolean.toString(dryRun))
				.publishPercentileHistogram()
				.register(meters)
				.record(Duration.between(post.detectedAt(), now));
		}
	}

	/**
	 * Moves the post to its result, and writes what the answer says of its account ({@code onAccount}, or
	 * null) in the same transaction: one commit for both. The account is written first, so its row is
	 * locked before the post's, in the order the claim locks them.
	 */
	private boolean finish(Post post, PostStatus to, String detail, Map<String, Object> columns, Runnable onAccount) {
		Map<String, Object> all = new HashMap<>(columns);
		all.put("claimed_until", null);
		AtomicBoolean accountWritten = new AtomicBoolean(onAccount == null);
		boolean moved;
		try {
			moved = Boolean.TRUE.equals(writes.write("post result " + to, post.id(), post.account(),
					() -> transaction.execute((status) -> {
						accountWritten.set(onAccount == null || accountWithResult(post, onAccount));
						return states.move(post.id(), PostStatus.PUBLISHING, to, detail, all);
					})));
		}
		catch (DataAccessException ex) {
			// The last resort: the claim runs out and the post is taken back as "reclaimed", so an answer of
			// "duplicate" then counts as published.
			log.error("event=post_result_unwritten post={} account={} result={} detail=\"{}\"", post.id(),
					post.account(), to, detail, ex);
			if (onAccount != null) {
				account(post, onAccount);
			}
			return false;
		}
		if (!accountWritten.get()) {
			account(post, onAccount);
		}
		if (!moved) {
			log.warn("event=post_result_lost post={} account={} result={} reason=\"the post was taken back meanwhile\"",
					post.id(), post.account(), to);
			return false;
		}
		meters.counter("nashir.posts.results", "account", post.account(), "status", to.name()).increment();
		log.info("event=post_{} post={} account={} detail=\"{}\"", to.name().toLowerCase(), post.id(), post.account(),
				detail);
		if (to == PostStatus.FAILED) {
			events.publishEvent(new PostFailed(post.id(), post.account(), post.title(), detail, clock.instant()));
		}
		return true;
	}

}
