package nashir.queue;

import java.time.Instant;
import java.util.Objects;

/**
 * A post to add to the queue: from a schedule (with its story's key) or from an editor.
 *
 * @param review whether it waits for an editor ({@link PostStatus#REVIEW}) or is queued at once
 * @param findImage without an image of its own, the post takes its article page's image, looked
 *     up when it is sent
 */
public record NewPost(String scheduleId, String account, String itemKey, String title, String link, String text,
		String imageUrl, boolean review, boolean urgent, Instant dueAt, Instant storyAt, Instant detectedAt,
		boolean findImage) {

	/** A post that carries only the image it is given. */
	public NewPost(String scheduleId, String account, String itemKey, String title, String link, String text,
			String imageUrl, boolean review, boolean urgent, Instant dueAt, Instant storyAt, Instant detectedAt) {
		this(scheduleId, account, itemKey, title, link, text, imageUrl, review, urgent, dueAt, storyAt, detectedAt, false);
	}

	public NewPost {
		Objects.requireNonNull(account, "account");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(dueAt, "dueAt");
		Objects.requireNonNull(detectedAt, "detectedAt");
	}

	PostStatus initialStatus() {
		return review ? PostStatus.REVIEW : PostStatus.QUEUED;
	}

}
