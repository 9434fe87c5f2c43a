package nashir.feed;

import java.time.Instant;

/**
 * Published when a feed that had failed is read again.
 *
 * @param failedPolls how many polls had failed in a row before this one
 */
public record FeedRecovered(String feedId, int failedPolls, Instant at) {
}
