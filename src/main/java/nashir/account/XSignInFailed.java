package nashir.account;

import nashir.text.Reason;
import nashir.text.Refusal;

/**
 * A sign-in that could not go on, and why: a step X refused or did not answer, a declined or
 * expired sign-in, a name that cannot be used. The reason names the step, never a secret.
 */
public final class XSignInFailed extends Exception implements Refusal {

	private final transient Reason reason;

	XSignInFailed(String key, String english, Object... args) {
		this(Reason.of(key, english, args));
	}

	XSignInFailed(Reason reason) {
		super(reason.english(), null, false, false);
		this.reason = reason;
	}

	@Override
	public Reason reason() {
		return this.reason;
	}

}
