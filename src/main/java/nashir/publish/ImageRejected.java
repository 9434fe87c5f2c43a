package nashir.publish;

/** The post's image cannot go with it; the message says why, for the post's note. */
final class ImageRejected extends Exception {

	ImageRejected(String reason) {
		super(reason, null, false, false);
	}

}
