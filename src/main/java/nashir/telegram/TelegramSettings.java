package nashir.telegram;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Telegram's Bot API is ({@code nashir.telegram.*}); tests point it at a fake, and a
 * self-hosted Bot API server can be named here.
 *
 * @param requestTimeout the whole call: connect, request, answer and its body. A photo sent by
 * URL is fetched by Telegram within the call, hence more than a text needs
 */
@ConfigurationProperties("nashir.telegram")
public record TelegramSettings(@DefaultValue("https://api.telegram.org") URI apiBaseUrl,
		@DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration requestTimeout) {

	/** Settings built in code (tests) get the same defaults as bound ones. */
	@ConstructorBinding
	public TelegramSettings {
		apiBaseUrl = apiBaseUrl == null ? URI.create("https://api.telegram.org") : apiBaseUrl;
		connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
		requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
	}

}
