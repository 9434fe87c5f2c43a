package nashir.publish;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where X's API is ({@code nashir.x.*}); tests point both at WireMock.
 *
 * @param uploadBaseUrl the media upload host; {@code null} means the API host
 */
@ConfigurationProperties("nashir.x")
public record XApiSettings(@DefaultValue("https://api.x.com") URI apiBaseUrl, URI uploadBaseUrl,
		@DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration requestTimeout) {

	/** Settings built in code (tests, CLI) get the same defaults as bound ones. */
	public XApiSettings {
		apiBaseUrl = apiBaseUrl == null ? URI.create("https://api.x.com") : apiBaseUrl;
		connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
		requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
	}

	public URI mediaBaseUrl() {
		return uploadBaseUrl == null ? apiBaseUrl : uploadBaseUrl;
	}

}
