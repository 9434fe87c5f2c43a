package nashir.publish;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes every post without sending it: the text goes to the log and the answer is a
 * {@code Published} marked as a dry run. The queue records it like any other outcome.
 */
final class DryRunPublisher implements Publisher {

	private static final Logger logger = LoggerFactory.getLogger(DryRunPublisher.class);

	private final String account;

	DryRunPublisher(String account) {
		this.account = account;
	}

	@Override
	public PublishOutcome publish(OutgoingPost post) {
		// 40 characters: the width of the queue's tweet_id column.
		String id = "dry-run-" + UUID.randomUUID().toString().replace("-", "");
		logger.info("dry run account={} id={} image={} text={}", this.account, id, post.imageUrl(),
				post.text().replace("\n", "\\n"));
		return new PublishOutcome.Published(id, true, null, RateLimitStatus.UNKNOWN);
	}

	@Override
	public String toString() {
		return "DryRunPublisher[account=" + this.account + "]";
	}

}
