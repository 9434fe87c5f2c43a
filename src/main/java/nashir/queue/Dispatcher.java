package nashir.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import nashir.publish.OutgoingPost;
import nashir.publish.PublishOutcome;
import nashir.publish.Publishers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends due posts: claims each with a conditional update (so two threads or nodes never send the
 * same post), hands it to its account's publisher and records what X said.
 */
@Component
class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final PostRepository posts;

	private final PostStateMachine states;

	private final Publishers publishers;

	private final RetryPolicy retry;

	private final DispatcherSettings settings;

	private final NodeName node;

	private final Clock clock;

	Dispatcher(PostRepository posts, PostStateMachine states, Publishers publishers, RetryPolicy retry,
			DispatcherSettings settings, NodeName node, Clock clock) {
		this.posts = posts;
		this.states = states;
		this.publishers = publishers;
		this.retry = retry;
		this.settings = settings;
		this.node = node;
		this.clock = clock;
	}

	/** One look at the queue: take back dead nodes' posts, wake due retries, send what is due. */
	void dispatch() {
		Instant now = clock.instant();
		for (long id : posts.expiredClaims(now)) {
			states.move(id, PostStatus.PUBLISHING, PostStatus.QUEUED, "taken back: its node stopped while publishing",
					Map.of("reclaimed", true, "claimed_by", "", "due_at", now));
		}
		for (long id : posts.retriesDue(now)) {
			states.move(id, PostStatus.RETRY_WAIT, PostStatus.QUEUED, "time for the next attempt");
		}
		for (Post post : posts.due(now, settings.batch())) {
			if (claim(post, now)) {
				send(post);
			}
		}
	}

	private boolean claim(Post post, Instant now) {
		return states.move(post.id(), PostStatus.QUEUED, PostStatus.PUBLISHING, "claimed by " + node,
				Map.of("claimed_by", node.toString(), "claimed_until", now.plus(settings.lease()), "attempts",
						post.attempts() + 1));
	}

	private void send(Post post) {
		int attempt = post.attempts() + 1;
		PublishOutcome outcome = publishers.forAccount(post.account())
			.publish(new OutgoingPost(post.account(), post.text(), post.imageUrl(), post.title()));
		Instant now = clock.instant();
		if (outcome instanceof PublishOutcome.Published published) {
			Map<String, Object> columns = new HashMap<>();
			columns.put("tweet_id", published.tweetId());
			columns.put("dry_run", published.dryRun());
			columns.put("published_at", now);
			columns.put("error", published.note());
			finish(post, PostStatus.PUBLISHED, published.dryRun() ? "published in dry run (not sent)"
					: "published as " + published.tweetId() + noteSuffix(published.note()), columns);
		}
		else if (outcome instanceof PublishOutcome.Duplicate duplicate) {
			// After a crash the first attempt may have reached X: its "duplicate" is our success.
			if (post.reclaimed()) {
				finish(post, PostStatus.PUBLISHED, "X already had it (sent before the crash)",
						Map.of("published_at", now));
			}
			else {
				finish(post, PostStatus.DUPLICATE, "X says the text is already there: " + duplicate.detail(),
						Map.of("error", duplicate.detail()));
			}
		}
		else if (outcome instanceof PublishOutcome.TransientFailure failure) {
			if (retry.mayRetryAfter(attempt)) {
				Instant next = failure.retryAt() != null ? failure.retryAt() : now.plus(retry.backoff(attempt));
				finish(post, PostStatus.RETRY_WAIT, "attempt " + attempt + " failed, next at " + next + ": "
						+ failure.reason(), Map.of("due_at", next, "error", failure.reason()));
			}
			else {
				finish(post, PostStatus.FAILED, "gave up after " + attempt + " attempts: " + failure.reason(),
						Map.of("error", failure.reason()));
			}
		}
		else if (outcome instanceof PublishOutcome.PermanentFailure failure) {
			finish(post, PostStatus.FAILED, failure.reason(), Map.of("error", failure.reason()));
		}
		else if (outcome instanceof PublishOutcome.Unauthorized unauthorized) {
			finish(post, PostStatus.FAILED, unauthorized.reason(), Map.of("error", unauthorized.reason()));
		}
		else if (outcome instanceof PublishOutcome.RateLimited limited) {
			// Not the post's fault: it waits for the reset without using up an attempt.
			finish(post, PostStatus.QUEUED, "rate limited until " + limited.resetAt(),
					Map.of("due_at", limited.resetAt(), "attempts", post.attempts(), "error", limited.reason()));
		}
	}

	private void finish(Post post, PostStatus to, String detail, Map<String, Object> columns) {
		Map<String, Object> all = new HashMap<>(columns);
		all.put("claimed_until", null);
		if (!states.move(post.id(), PostStatus.PUBLISHING, to, detail, all)) {
			log.warn("event=post_result_lost post={} account={} result={} reason=\"the post was taken back meanwhile\"",
					post.id(), post.account(), to);
			return;
		}
		log.info("event=post_{} post={} account={} detail=\"{}\"", to.name().toLowerCase(), post.id(), post.account(),
				detail);
	}

	private static String noteSuffix(String note) {
		return note == null || note.isBlank() ? "" : " (" + note + ")";
	}

}
