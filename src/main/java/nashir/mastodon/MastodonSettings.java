package nashir.mastodon;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Nashir talks to Mastodon instances ({@code nashir.mastodon.*}); each account names its own
 * instance ({@code nashir.accounts.<name>.instance}).
 *
 * @param connectTimeout the most a connection to an instance may take
 * @param requestTimeout one whole call (an image upload is the longest), its answer included
 * @param instanceTimeout the read of an instance's limits, which the composer waits for: short
 * @param instanceCache how long an instance's limits are kept before they are read again
 * @param mediaPolls how often an image the instance is still processing is asked after
 * @param mediaPollInterval the wait between two of those questions
 * @param language the language every status is marked with
 */
@ConfigurationProperties("nashir.mastodon")
public record MastodonSettings(@DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration requestTimeout,
		@DefaultValue("5s") Duration instanceTimeout, @DefaultValue("1h") Duration instanceCache,
		@DefaultValue("10") int mediaPolls, @DefaultValue("1s") Duration mediaPollInterval,
		@DefaultValue("ar") String language) {

	/** Settings built in code (tests) get the same defaults as bound ones. */
	@ConstructorBinding
	public MastodonSettings {
		connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
		requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
		instanceTimeout = instanceTimeout == null ? Duration.ofSeconds(5) : instanceTimeout;
		instanceCache = instanceCache == null ? Duration.ofHours(1) : instanceCache;
		mediaPollInterval = mediaPollInterval == null ? Duration.ofSeconds(1) : mediaPollInterval;
		language = language == null || language.isBlank() ? "ar" : language.strip();
	}

	/** The defaults, for tests and tools. */
	public static MastodonSettings defaults() {
		return new MastodonSettings(null, null, null, null, 10, null, null);
	}

}
