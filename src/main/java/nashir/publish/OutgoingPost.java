package nashir.publish;

import java.time.Instant;
import java.util.Objects;

/**
 * One post to send.
 *
 * @param imageUrl an image to download, upload and attach, or {@code null}
 * @param altText the image's description for screen readers, or {@code null}
 * @param key the post's own, stable for every attempt: what a network's idempotency is keyed on
 * (Mastodon's {@code Idempotency-Key}, Bluesky's record key), so a resend after a crash is known
 * @param link the story's link, for a network that shows a card of it (Bluesky), or {@code null}
 * @param title the story's headline, for that card, or {@code null}
 */
public record OutgoingPost(String account, String text, String imageUrl, String altText, PostKey key, String link,
		String title) {

	public OutgoingPost {
		Objects.requireNonNull(account, "account");
		Objects.requireNonNull(text, "text");
	}

	/** A post without a key or card: a test's, or X's, which needs neither. */
	public OutgoingPost(String account, String text, String imageUrl, String altText) {
		this(account, text, imageUrl, altText, null, null, null);
	}

	/**
	 * The queue's id of a post and when it was made: together unique and never changing.
	 *
	 * @param createdAt the time the post was queued, to the microsecond
	 */
	public record PostKey(long id, Instant createdAt) {

		/** {@code nashir-<id>-<epoch micros>}: the same for every attempt at one post. */
		public String text() {
			long micros = Math.addExact(Math.multiplyExact(createdAt.getEpochSecond(), 1_000_000L),
					createdAt.getNano() / 1_000);
			return "nashir-" + id + "-" + micros;
		}

	}

}
