package nashir.feed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits for reading feeds ({@code nashir.feed.*}).
 *
 * @param maxBodySize a larger body is refused
 * @param totalTimeout the whole fetch, redirects and body included
 * @param parseTimeout a parse still running after this is abandoned, and the feed fails
 * @param maxItemsPerPoll the most new items one poll hands on; older new items beyond it are
 *     recorded as seen, not posted, and the feed's status says so
 */
@ConfigurationProperties("nashir.feed")
public record FeedSettings(@DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout,
		@DefaultValue("60s") Duration totalTimeout, @DefaultValue("10MB") DataSize maxBodySize,
		@DefaultValue("5") int maxRedirects, @DefaultValue("10s") Duration parseTimeout,
		@DefaultValue("500") int maxItemsPerPoll) {

	public FeedSettings {
		if (maxItemsPerPoll < 1) {
			throw new IllegalArgumentException("nashir.feed.max-items-per-poll must be at least 1: " + maxItemsPerPoll);
		}
	}

	public static FeedSettings defaults() {
		return new FeedSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60),
				DataSize.ofMegabytes(10), 5, Duration.ofSeconds(10), 500);
	}

}
