package nashir.queue;

import java.util.EnumSet;
import java.util.Set;

/** Where a post stands (DESIGN.md "Post states"), and which moves the state machine allows. */
public enum PostStatus {

	REVIEW, QUEUED, PUBLISHING, PUBLISHED, RETRY_WAIT, FAILED, DUPLICATE, CANCELED;

	static {
		REVIEW.next = EnumSet.of(QUEUED, CANCELED, REVIEW);
		QUEUED.next = EnumSet.of(PUBLISHING, REVIEW, CANCELED, QUEUED);
		PUBLISHING.next = EnumSet.of(PUBLISHED, RETRY_WAIT, FAILED, DUPLICATE, QUEUED);
		RETRY_WAIT.next = EnumSet.of(QUEUED, CANCELED);
		FAILED.next = EnumSet.of(QUEUED);
		PUBLISHED.next = EnumSet.noneOf(PostStatus.class);
		DUPLICATE.next = EnumSet.noneOf(PostStatus.class);
		// An editor's cancel can be undone, or the post restored from the log: back where it waited.
		CANCELED.next = EnumSet.of(REVIEW, QUEUED);
	}

	private Set<PostStatus> next;

	public boolean canMoveTo(PostStatus target) {
		return next.contains(target);
	}

	/** Whether the post's story has reached the end of its road (a canceled one only comes back by an editor's hand). */
	public boolean isFinal() {
		return next.isEmpty() || this == CANCELED;
	}

}
