package nashir.net;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbound HTTP settings ({@code nashir.net.*}).
 *
 * @param allowedPrivateHosts host names, addresses or CIDR blocks that URLs taken from content may
 * reach although they are not public (an intranet feed or image host)
 */
@ConfigurationProperties("nashir.net")
public record NetSettings(@DefaultValue List<String> allowedPrivateHosts) {

	public NetSettings {
		allowedPrivateHosts = (allowedPrivateHosts == null) ? List.of() : List.copyOf(allowedPrivateHosts);
	}

	/** No private host allowed: what the preview command and a fresh install use. */
	public static NetSettings defaults() {
		return new NetSettings(List.of());
	}

}
