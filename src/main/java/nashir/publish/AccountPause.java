package nashir.publish;

import nashir.text.Reason;

/**
 * Why X stopped taking anything from an account: a fault of the account or its app, never of
 * the post, so the account waits and its posts stay queued.
 *
 * @param kind what is at fault, which says who ends the pause
 * @param reason one line in X's own words, naming the account but never its credentials
 * @param why the same with a message key, for pages in the reader's language
 */
public record AccountPause(Kind kind, String reason, Reason why) {

	public AccountPause(Kind kind, Reason why) {
		this(kind, why.english(), why);
	}

	public enum Kind {

		/** 401: X refused the credentials; an operator fixes them and resumes the account. */
		CREDENTIALS,
		/** 402 {@code CreditsDepleted} or a usage cap: the account tries one post now and then, and resumes when X takes it. */
		CREDITS,
		/** 403 naming the app or the account (not enrolled, no write permission, suspended); an operator resumes it. */
		PERMISSION

	}

	/** Whether the account tries again by itself: credits can be bought without telling Nashir. */
	public boolean probes() {
		return this.kind == Kind.CREDITS;
	}

}
