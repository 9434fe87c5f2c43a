package nashir.queue;

import nashir.text.Reason;
import nashir.text.Refusal;

/** An editor's change that cannot be made now; the reason says why, for the editor to read in the page's language. */
public class PostChangeRefused extends RuntimeException implements Refusal {

	private final transient Reason reason;

	public PostChangeRefused(Reason reason) {
		super(reason.english());
		this.reason = reason;
	}

	@Override
	public Reason reason() {
		return this.reason;
	}

}
