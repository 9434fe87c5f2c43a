package nashir.publish;

import java.util.Objects;

/**
 * One post to send.
 *
 * @param imageUrl an image to download, upload and attach, or {@code null}
 * @param altText the image's description for screen readers, or {@code null}
 */
public record OutgoingPost(String account, String text, String imageUrl, String altText) {

	public OutgoingPost {
		Objects.requireNonNull(account, "account");
		Objects.requireNonNull(text, "text");
	}

}
