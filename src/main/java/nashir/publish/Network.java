package nashir.publish;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The social network an account posts to ({@code nashir.accounts.<name>.type}). Each has its own
 * {@link Channel}: how a post is counted, sent and linked to.
 */
public enum Network {

	X, TELEGRAM, MASTODON, BLUESKY;

	/** The name as configuration and schedule files spell it: {@code x}, {@code telegram}… */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The name as people write it: X, Telegram, Mastodon, Bluesky. */
	public String title() {
		return name().charAt(0) + id().substring(1);
	}

	/** Whether the network charges for posts ({@link nashir.cost.XPrices}): only X does. */
	public boolean charges() {
		return this == X;
	}

	/** The network a configuration or form names; an unknown name is refused, naming the known ones. */
	public static Network of(String id) {
		if (id == null || id.isBlank()) {
			return X;
		}
		return Arrays.stream(values())
			.filter((network) -> network.id().equals(id.trim().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown account type '" + id + "' (known: "
					+ Arrays.stream(values()).map(Network::id).collect(Collectors.joining(", ")) + ")"));
	}

}
