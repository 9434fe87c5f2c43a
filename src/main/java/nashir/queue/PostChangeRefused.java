package nashir.queue;

/** An editor's change that cannot be made now; the message says why, for the editor to read. */
public class PostChangeRefused extends RuntimeException {

	public PostChangeRefused(String message) {
		super(message);
	}

}
