package nashir.account;

import nashir.text.Reason;
import nashir.text.Refusal;

/** A change to the accounts that is not made; the reason says why, in the reader's language. */
public class AccountRefused extends RuntimeException implements Refusal {

	private final transient Reason reason;

	public AccountRefused(Reason reason) {
		super(reason.english());
		this.reason = reason;
	}

	@Override
	public Reason reason() {
		return reason;
	}

}
