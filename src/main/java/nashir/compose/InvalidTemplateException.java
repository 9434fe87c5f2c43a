package nashir.compose;

/** A template that names a placeholder the composer does not know, or is otherwise unusable. */
public class InvalidTemplateException extends IllegalArgumentException {

	public InvalidTemplateException(String message) {
		super(message);
	}

}
