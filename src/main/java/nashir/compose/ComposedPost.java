package nashir.compose;

import java.util.List;

/**
 * The text of a post exactly as it will be sent, with its length by X's rules.
 *
 * @param valid whether X will accept the text (twitter-text's verdict)
 * @param imageUrl the image to attach, or {@code null}
 */
public record ComposedPost(String text, int weightedLength, boolean valid, List<String> hashtags, String imageUrl) {

	public ComposedPost {
		hashtags = List.copyOf(hashtags);
	}

}
