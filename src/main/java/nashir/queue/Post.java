package nashir.queue;

import java.math.BigDecimal;
import java.time.Instant;

import nashir.text.Reason;

/**
 * A post as the publish log keeps it.
 *
 * @param scheduleId the schedule the story came from, or {@code null} for an editor's post
 * @param itemKey the story's key in its feed, or {@code null} for an editor's post
 * @param dueAt when it may be sent (for RETRY_WAIT: the next attempt)
 * @param detectedAt when Nashir first saw the story
 * @param tweetId the network's id once published (X's tweet id, Telegram's message id…) (a {@code dry-run-…} id in dry run)
 * @param attempts how many times it was handed to the publisher
 * @param reclaimed taken back from a node that died while publishing it: X may already have it
 * @param error the last error, as one English sentence
 * @param errorReason the same with a message key, for pages in the reader's language, or {@code null}
 * @param cost what X charged for it in USD, recorded when it was published; {@code null} before, and in dry run
 * @param budgetOverride an editor let it go even when it passes its account's budget
 * @param publishedUrl where people read it on a network whose address is not made from the id
 * (Telegram, Mastodon, Bluesky), or {@code null}
 */
public record Post(long id, String scheduleId, String account, String itemKey, String title, String link, String text,
		String imageUrl, PostStatus status, boolean urgent, Instant dueAt, Instant storyAt, Instant detectedAt,
		int attempts, boolean reclaimed, String tweetId, boolean dryRun, String error, Instant createdAt, Instant updatedAt,
		Instant publishedAt, Reason errorReason, BigDecimal cost,
		boolean budgetOverride, String publishedUrl) {
}
