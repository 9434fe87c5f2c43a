package nashir.web;

import nashir.text.Reason;
import nashir.text.Refusal;

/** A change the web app will not make; the reason says why, for the user to read in the page's language. */
class ActionRefused extends RuntimeException implements Refusal {

	private final transient Reason reason;

	private ActionRefused(Reason reason) {
		super(reason.english());
		this.reason = reason;
	}

	ActionRefused(String key, String english, Object... args) {
		this(Reason.of(key, english, args));
	}

	@Override
	public Reason reason() {
		return this.reason;
	}

}
