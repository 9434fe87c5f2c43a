package nashir.queue;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The queue and publish log as other features see them: add posts, read them back. */
@Service
public class PostQueue {

	private final PostRepository posts;

	private final PostStateMachine states;

	private final ApplicationEventPublisher events;

	PostQueue(PostRepository posts, PostStateMachine states, ApplicationEventPublisher events) {
		this.posts = posts;
		this.states = states;
		this.events = events;
	}

	/**
	 * Adds a post unless its story is already queued for the account (a story reaches an account
	 * at most once).
	 *
	 * @return the new post, or empty when the story was already there
	 */
	@Transactional
	public Optional<Post> enqueue(NewPost post, String reason) {
		return posts.insertIfAbsent(post, post.detectedAt()).map(id -> {
			states.created(id, post.initialStatus(), reason);
			events.publishEvent(new PostQueued(id, post.account(), post.dueAt()));
			return posts.find(id).orElseThrow();
		});
	}

	public List<Post> latest(int limit) {
		return posts.latest(limit);
	}

	public Optional<Post> find(long id) {
		return posts.find(id);
	}

	public List<PostCount> counts() {
		return posts.counts();
	}

	public List<PostEvent> events(long postId) {
		return posts.events(postId);
	}

}
