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
		String id = "dry-run-" + UUID.randomUUID();
		logger.info("dry run account={} id={} image={} text={}", this.account, id, post.imageUrl(),
				post.text().replace("\n", "\\n"));
		return new PublishOutcome.Published(id, true, null, RateLimitStatus.UNKNOWN);
	}

	@Override
	public String toString() {
		return "DryRunPublisher[account=" + this.account + "]";
	}

}
