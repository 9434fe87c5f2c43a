package nashir.publish;

import java.time.Instant;

import nashir.text.Reason;

/** What became of one attempt to publish, classified as DESIGN.md's error rules say. */
public sealed interface PublishOutcome {

	/**
	 * The network (or the dry run) took the post. {@code tweetId} is the network's id of it (X's
	 * tweet id, Telegram's message id, Mastodon's status id, Bluesky's record key), {@code null}
	 * when the network named no usable id; {@code note} says what was left out or odd, e.g. an
	 * image that failed; {@code url} is where people read it, {@code null} for X (made from the id)
	 * and in dry run.
	 */
	record Published(String tweetId, boolean dryRun, Reason note, RateLimitStatus quota, String url)
			implements PublishOutcome {

		public Published(String tweetId, boolean dryRun, Reason note, RateLimitStatus quota) {
			this(tweetId, dryRun, note, quota, null);
		}

		/**
		 * The same, with {@code added} beside its own note (an image left out beside an odd answer):
		 * both in one English line, and {@code bothKey} for pages, which say the two in one sentence.
		 */
		public Published withNote(Reason added, String bothKey) {
			Reason both = (note == null) ? added : Reason.of(bothKey, note.english() + "; " + added.english());
			return new Published(tweetId, dryRun, both, quota, url);
		}

	}

	/** X says this text is already on the account: never retried. */
	record Duplicate(String detail) implements PublishOutcome {
	}

	/** 5xx, timeout, connection reset: worth another try; {@code retryAt} when the server named a time. */
	record TransientFailure(Reason reason, Instant retryAt) implements PublishOutcome {
	}

	/** Rejected for good (bad request, forbidden text…): never retried. */
	record PermanentFailure(Reason reason) implements PublishOutcome {
	}

	/**
	 * X refuses the account itself (401, 402, a 403 naming the app or account): the account is paused
	 * and the post waits, unharmed.
	 */
	record AccountPaused(AccountPause pause) implements PublishOutcome {
	}

	/** 429: nothing may be sent for this account before {@code resetAt}. */
	record RateLimited(Instant resetAt, Reason reason, RateLimitStatus quota) implements PublishOutcome {
	}

}
