package nashir.publish;

import nashir.text.Reason;

/** The post's image cannot go with it; the reason says why, for the post's note. */
public final class ImageRejected extends Exception {

	private final transient Reason reason;

	ImageRejected(String key, String english, Object... args) {
		super(english, null, false, false);
		this.reason = Reason.of(key, english, args);
	}

	public Reason reason() {
		return this.reason;
	}

}
