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
 */
@ConfigurationProperties("nashir.feed")
public record FeedSettings(@DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout,
		@DefaultValue("60s") Duration totalTimeout, @DefaultValue("10MB") DataSize maxBodySize,
		@DefaultValue("5") int maxRedirects) {

	public static FeedSettings defaults() {
		return new FeedSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60),
				DataSize.ofMegabytes(10), 5);
	}

}
