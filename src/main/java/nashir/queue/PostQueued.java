package nashir.queue;

import java.time.Instant;

/**
 * Published when a post joins the queue; after its transaction commits, its account's lane runs at
 * once, and the dispatcher's next look comes no later than the post's time.
 */
record PostQueued(long postId, String account, Instant dueAt) {
}
