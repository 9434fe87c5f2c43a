package nashir.bluesky;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How Nashir talks to Bluesky ({@code nashir.bluesky.*}); each account names its own PDS
 * ({@code nashir.accounts.<name>.service}).
 *
 * @param requestTimeout the whole call: connect, request, answer and its body
 * @param maxAnswerSize the most of a PDS's answer that is read; a longer one is unreadable
 */
@ConfigurationProperties("nashir.bluesky")
public record BlueskySettings(@DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration requestTimeout,
		@DefaultValue("1MB") DataSize maxAnswerSize) {

	/** Settings built in code (tests) get the same defaults as bound ones. */
	@ConstructorBinding
	public BlueskySettings {
		connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
		requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
		maxAnswerSize = maxAnswerSize == null ? DataSize.ofMegabytes(1) : maxAnswerSize;
	}

	public static BlueskySettings defaults() {
		return new BlueskySettings(null, null, null);
	}

}
