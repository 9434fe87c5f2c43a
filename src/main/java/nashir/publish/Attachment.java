package nashir.publish;

/**
 * What the image step gives the tweet: a media id to attach, a note on what was left out,
 * or an outcome that ends the attempt (a paused account, a rate limit) before the tweet is sent.
 */
record Attachment(String mediaId, String note, PublishOutcome stop) {

	static final Attachment NONE = new Attachment(null, null, null);

	static Attachment imageLeftOut(String reason) {
		return new Attachment(null, "image left out: " + reason, null);
	}

	static Attachment stop(PublishOutcome outcome) {
		return new Attachment(null, null, outcome);
	}

}
