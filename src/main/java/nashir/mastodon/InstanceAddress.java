package nashir.mastodon;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A Mastodon instance as an account names it ({@code https://mastodon.social}, or just
 * {@code mastodon.social}): the base of its API and the host that ends its users' handles.
 */
record InstanceAddress(URI base) {

	/** The instance an account names, or empty when it names none that could be called. */
	static Optional<InstanceAddress> of(String instance) {
		if (instance == null || instance.isBlank()) {
			return Optional.empty();
		}
		String text = instance.strip();
		if (!text.contains("://")) {
			text = "https://" + text;
		}
		try {
			URI uri = URI.create(text);
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getQuery() != null
					|| uri.getUserInfo() != null) {
				return Optional.empty();
			}
			String path = (uri.getPath() == null) ? "" : uri.getPath().replaceAll("/+$", "");
			return Optional.of(new InstanceAddress(new URI(scheme, null, uri.getHost().toLowerCase(Locale.ROOT),
					uri.getPort(), path, null, null)));
		}
		catch (IllegalArgumentException | URISyntaxException ex) {
			return Optional.empty();
		}
	}

	URI endpoint(String path) {
		return URI.create(this.base + "/" + path);
	}

	/** The instance's host, which ends its users' handles: {@code @nashir@mastodon.social}. */
	String host() {
		return this.base.getHost();
	}

	@Override
	public String toString() {
		return this.base.toString();
	}

}
