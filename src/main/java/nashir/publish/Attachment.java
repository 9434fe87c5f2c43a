package nashir.publish;

import nashir.text.Reason;

/**
 * What the image step gives the tweet: a media id to attach, a note on what was left out,
 * or an outcome that ends the attempt (a paused account, a rate limit) before the tweet is sent.
 */
record Attachment(String mediaId, Reason note, PublishOutcome stop) {

	static final Attachment NONE = new Attachment(null, null, null);

	/** The post goes without its image: {@code key} says why, after "image left out: " in English. */
	static Attachment imageLeftOut(String key, String why, Object... args) {
		return new Attachment(null, Reason.of(key, "image left out: " + why, args), null);
	}

	static Attachment imageLeftOut(ImageRejected rejected) {
		Reason why = rejected.reason();
		return new Attachment(null, new Reason(why.key(), why.args(), "image left out: " + why.english()), null);
	}

	static Attachment stop(PublishOutcome outcome) {
		return new Attachment(null, null, outcome);
	}

}
