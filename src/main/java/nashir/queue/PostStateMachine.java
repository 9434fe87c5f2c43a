package nashir.queue;

import java.time.Clock;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place a post changes state. Every move is checked against {@link PostStatus}'s rules,
 * made only if the post is still where the caller saw it, and written to the publish log as an
 * event in the same transaction.
 */
@Component
class PostStateMachine {

	private final PostRepository posts;

	private final NodeName node;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PostStateMachine(PostRepository posts, NodeName node, Clock clock, ApplicationEventPublisher events) {
		this.posts = posts;
		this.node = node;
		this.clock = clock;
		this.events = events;
	}

	/** @return false when another thread or node moved the post first */
	@Transactional
	boolean move(long id, PostStatus from, PostStatus to, String detail, Map<String, Object> columns) {
		if (!from.canMoveTo(to)) {
			throw new IllegalStateException("post " + id + " cannot move from " + from + " to " + to);
		}
		var now = clock.instant();
		if (!posts.update(id, from, to, columns, now)) {
			return false;
		}
		posts.addEvent(id, from, to, node.toString(), detail, now);
		if (to == PostStatus.QUEUED || to == PostStatus.RETRY_WAIT) {
			events.publishEvent(new QueueChanged());
		}
		return true;
	}

	@Transactional
	boolean move(long id, PostStatus from, PostStatus to, String detail) {
		return move(id, from, to, detail, Map.of());
	}

	void created(long id, PostStatus status, String detail) {
		posts.addEvent(id, null, status, node.toString(), detail, clock.instant());
	}

}
