package nashir.feed;

/** What one poll of a feed came to. */
public sealed interface PollOutcome {

	String feedId();

	/** The feed was read: {@code fresh} items were new and handed on, {@code skipped} were new but filtered out. */
	record Updated(String feedId, int items, int fresh, int skipped, boolean baseline) implements PollOutcome {
	}

	/** The site answered 304 Not Modified: nothing was parsed. */
	record NotModified(String feedId) implements PollOutcome {
	}

	/**
	 * The site sent a body with nothing new in it: the very bytes of the last read ({@code sameBody}),
	 * or only items already in the ledger. Nothing was sanitised or handed on; with the same body
	 * nothing was parsed either.
	 */
	record Unchanged(String feedId, boolean sameBody) implements PollOutcome {
	}

	/** The feed failed recently and is not fetched again before {@code retryAt} (back-off or the server's Retry-After). */
	record BackedOff(String feedId, java.time.Instant retryAt) implements PollOutcome {
	}

	/** The feed could not be fetched or parsed; {@code message} names the feed and the reason. */
	record Failed(String feedId, String message) implements PollOutcome {
	}

}
