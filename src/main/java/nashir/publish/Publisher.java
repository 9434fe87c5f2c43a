package nashir.publish;

/**
 * The seam between Nashir and a social network: send one post, say what happened. An
 * implementation never throws for a network or API failure; it classifies it as an outcome.
 */
public interface Publisher {

	PublishOutcome publish(OutgoingPost post);

}
