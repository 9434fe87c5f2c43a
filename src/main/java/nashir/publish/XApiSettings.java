package nashir.publish;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where X's API is ({@code nashir.x.*}); tests point both at WireMock.
 *
 * @param uploadBaseUrl the media upload host; {@code null} means the API host
 * @param requestTimeout the whole call: connect, request, answer and its body
 * @param maxAnswerSize the most of an answer of X that is read; a longer one is unreadable
 */
@ConfigurationProperties("nashir.x")
public record XApiSettings(@DefaultValue("https://api.x.com") URI apiBaseUrl, URI uploadBaseUrl,
		@DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration requestTimeout,
		@DefaultValue("1MB") DataSize maxAnswerSize) {

	/** Settings built in code (tests, CLI) get the same defaults as bound ones. */
	@ConstructorBinding
	public XApiSettings {
		apiBaseUrl = apiBaseUrl == null ? URI.create("https://api.x.com") : apiBaseUrl;
		connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
		requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
		maxAnswerSize = maxAnswerSize == null ? DataSize.ofMegabytes(1) : maxAnswerSize;
	}

	public XApiSettings(URI apiBaseUrl, URI uploadBaseUrl, Duration connectTimeout, Duration requestTimeout) {
		this(apiBaseUrl, uploadBaseUrl, connectTimeout, requestTimeout, null);
	}

	public URI mediaBaseUrl() {
		return uploadBaseUrl == null ? apiBaseUrl : uploadBaseUrl;
	}

}
