package nashir.queue;

import nashir.text.Reason;

/**
 * Free text written beside a post or account (reasons, notes, X's own words): cut to fit its
 * {@code VARCHAR(2000)} column, so a long answer from X can never stop a result being written.
 */
final class FreeText {

	/** The size of every free-text column: {@code post.error}, {@code post_event.detail}, {@code account_state.paused_reason}. */
	static final int MAX = 2000;

	private FreeText() {
	}

	/** A reason with a key keeps its key and arguments whole; a plain sentence is cut like any text. */
	static String fit(Reason reason) {
		return reason.key() == null ? fit(reason.english()) : reason.stored(MAX);
	}

	static String fit(String text) {
		if (text == null || text.length() <= MAX) {
			return text;
		}
		int end = MAX - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "…";
	}

}
