package nashir.feed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one read of a feed may cost once its body is here ({@code nashir.feed.*}, beside the fetch
 * limits of {@link FeedSettings}).
 *
 * @param parseTimeout a parse still running after this is abandoned, and the feed fails
 * @param maxItemsPerPoll the most new items one poll hands on; older new items beyond it are
 *     recorded as seen, not posted, and the feed's status says so
 */
@ConfigurationProperties("nashir.feed")
public record FeedLimits(@DefaultValue("10s") Duration parseTimeout, @DefaultValue("500") int maxItemsPerPoll) {

	public FeedLimits {
		if (maxItemsPerPoll < 1) {
			throw new IllegalArgumentException("nashir.feed.max-items-per-poll must be at least 1: " + maxItemsPerPoll);
		}
	}

	public static FeedLimits defaults() {
		return new FeedLimits(Duration.ofSeconds(10), 500);
	}

}
