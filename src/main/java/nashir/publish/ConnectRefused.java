package nashir.publish;

import nashir.text.Reason;

/** A network refused an account's credentials or rights, or could not be asked; {@link #reason()} says which. */
public class ConnectRefused extends Exception {

	private final transient Reason reason;

	public ConnectRefused(Reason reason) {
		super(reason.english());
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
