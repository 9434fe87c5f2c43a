package nashir.queue;

import java.time.Instant;

/** Published when a post ends in {@code FAILED}: X refused it for good, or its attempts ran out. */
public record PostFailed(long postId, String account, String title, String reason, Instant at) {
}
