package nashir.text;

/** An exception that says why in a {@link Reason}, so a page can say it in the reader's language. */
public interface Refusal {

	Reason reason();

}
