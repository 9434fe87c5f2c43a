package nashir.compose;

/**
 * A post template such as {@code "{title}\n{link}"}. (Being implemented: signatures are the contract.)
 */
public final class PostTemplate {

	/**
	 * @throws InvalidTemplateException naming the unknown placeholder
	 */
	public static PostTemplate parse(String source) {
		throw new UnsupportedOperationException("not yet implemented");
	}

	/** The template as written. */
	public String source() {
		throw new UnsupportedOperationException("not yet implemented");
	}

}
