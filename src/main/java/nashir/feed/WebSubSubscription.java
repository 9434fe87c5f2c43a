package nashir.feed;

import java.net.URI;
import java.time.Instant;

/**
 * A feed's row in {@code websub_subscription}.
 *
 * @param secret the random key the hub signs pushed bodies with; never logged
 * @param leaseExpiresAt when the hub stops pushing unless renewed; {@code null} until verified
 */
record WebSubSubscription(String feedId, URI hub, URI topic, String secret, State state, Instant requestedAt,
		Instant leaseExpiresAt) {

	enum State {

		/** Asked for, not yet verified by the hub. */
		PENDING,
		/** Verified: pushes are accepted. */
		ACTIVE,
		/** The hub refused it, or the request failed. */
		DENIED

	}

	@Override
	public String toString() {
		return "WebSubSubscription[feedId=" + this.feedId + ", hub=" + this.hub + ", topic=" + this.topic + ", state="
				+ this.state + ", leaseExpiresAt=" + this.leaseExpiresAt + "]";
	}

}
