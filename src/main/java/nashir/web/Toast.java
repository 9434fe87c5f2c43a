package nashir.web;

/**
 * What an action did, said in one line after it: a toast for htmx answers and plain form posts
 * alike ({@code fragments/toast.html}).
 *
 * @param ok whether everything asked was done
 * @param undo the post whose cancel the toast offers to undo, or {@code null}
 */
record Toast(String text, boolean ok, Long undo) {

	/** How long the undo of a cancel is offered. */
	static final int UNDO_SECONDS = 10;

	/** How long a toast without an undo stays, long enough to read. */
	static final int READ_SECONDS = 6;

	/** The model and flash attribute the toast region reads. */
	static final String ATTRIBUTE = "toast";

	/** How long the page shows the toast. */
	public int seconds() {
		return undo == null ? READ_SECONDS : UNDO_SECONDS;
	}

}
