package nashir.compose;

/**
 * A text's length by one network's rule.
 *
 * @param length the length as the network counts it (X: weighted; Bluesky: graphemes). A network
 * with a second limit (Bluesky's 3,000 bytes beside its 300 graphemes) reports a text past that
 * limit as longer than {@code max}, so the composer shortens it
 * @param max the most the network takes
 * @param valid whether the network will take the text (X also refuses an empty one)
 */
public record PostLength(int length, int max, boolean valid) {

	/** Too long for the network: what the composer gives up hashtags, excerpt and headline for. */
	public boolean tooLong() {
		return length > max;
	}

}
