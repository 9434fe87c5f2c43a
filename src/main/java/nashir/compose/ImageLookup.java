package nashir.compose;

/** Finds the image an article page announces for link previews. */
@FunctionalInterface
interface ImageLookup {

	/** Never looks anything up: for previews and tests that must stay off the network. */
	ImageLookup NONE = (pageUrl) -> null;

	/**
	 * @param pageUrl an absolute, percent-encoded http(s) address
	 * @return the absolute address of the page's image, or {@code null} when there is none or
	 * the page could not be read
	 */
	String imageOf(String pageUrl);

}
