package nashir.queue;

import java.time.Instant;

/** One change of a post's state: the publish log's audit trail. */
public record PostEvent(long id, long postId, Instant at, PostStatus from, PostStatus to, String node, String detail) {
}
