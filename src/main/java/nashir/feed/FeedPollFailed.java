package nashir.feed;

import java.time.Instant;

/**
 * Published after each failed poll of a feed.
 *
 * @param consecutiveFailures failed polls since the last success, this one included
 * @param error the one-line reason, naming the feed
 */
public record FeedPollFailed(String feedId, int consecutiveFailures, String error, Instant at) {
}
