package nashir.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nashir.compose.PostLength;
import nashir.compose.PostLinks;
import nashir.publish.Network;
import nashir.publish.Publishers;
import nashir.text.Reason;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do to posts: approve, hold, cancel, reschedule, edit, post now, mark urgent,
 * retry. Each is one checked move of the state machine, so an editor and the dispatcher can never
 * both win: a post already being published is refused with a reason.
 */
@Service
public class PostEditor {

	private static final Set<PostStatus> WAITING = Set.of(PostStatus.REVIEW, PostStatus.QUEUED);

	private final PostRepository posts;

	private final PostStateMachine states;

	private final PostQueue queue;

	private final AccountStates accounts;

	private final Publishers publishers;

	private final Clock clock;

	PostEditor(PostRepository posts, PostStateMachine states, PostQueue queue, AccountStates accounts,
			Publishers publishers, Clock clock) {
		this.posts = posts;
		this.states = states;
		this.queue = queue;
		this.accounts = accounts;
		this.publishers = publishers;
		this.clock = clock;
	}

	/**
	 * An editor's own post, for one or more accounts: through the same queue, pacing and limits
	 * as stories from feeds, its links percent-encoded as a story's link is.
	 *
	 * @param dueAt when to send it; {@code null} for now
	 */
	@Transactional
	public List<Post> write(String typed, List<String> toAccounts, String imageUrl, Instant dueAt, boolean urgent,
			String editor) {
		String text = PostLinks.forX(typed);
		refuseEmpty(text);
		if (toAccounts == null || toAccounts.isEmpty()) {
			throw new PostChangeRefused(Reason.of("post.refused.noAccount", "name at least one account"));
		}
		if (imageUrl != null && !imageUrl.isBlank() && !imageUrl.matches("(?i)https?://\\S+")) {
			throw new PostChangeRefused(
					Reason.of("post.refused.image", "the image address must be an http(s) URL: " + imageUrl, imageUrl));
		}
		for (String account : toAccounts) {
			try {
				accounts.requireKnown(account);
			}
			catch (IllegalArgumentException ex) {
				throw new PostChangeRefused(Reason.of("post.refused.unknownAccount", ex.getMessage(), account));
			}
			refuseTooLong(text, account);
		}
		Instant now = clock.instant();
		Instant due = dueAt == null ? now : dueAt;
		String image = imageUrl == null || imageUrl.isBlank() ? null : imageUrl;
		return toAccounts.stream()
			.distinct()
			.map(account -> queue.enqueue(new NewPost(null, account, null, null, null, text, image, false, urgent,
					due, null, now), "written by " + editor).orElseThrow())
			.toList();
	}

	public Post approve(long id, String editor) {
		return move(id, Set.of(PostStatus.REVIEW), PostStatus.QUEUED, "approved by " + editor, Map.of());
	}

	public Post hold(long id, String editor) {
		return move(id, Set.of(PostStatus.QUEUED), PostStatus.REVIEW, "held for review by " + editor, Map.of());
	}

	public Post cancel(long id, String editor) {
		return move(id, Set.of(PostStatus.REVIEW, PostStatus.QUEUED, PostStatus.RETRY_WAIT), PostStatus.CANCELED,
				"canceled by " + editor, Map.of());
	}

	/**
	 * A canceled post back where it waited before: in review, or queued (a post canceled while
	 * waiting to retry is queued, to go at its time or now).
	 */
	public Post restore(long id, String editor) {
		PostStatus before = posts.events(id)
			.stream()
			.filter(event -> event.to() == PostStatus.CANCELED)
			.reduce((first, second) -> second)
			.map(PostEvent::from)
			.orElse(PostStatus.QUEUED);
		PostStatus back = before == PostStatus.REVIEW ? PostStatus.REVIEW : PostStatus.QUEUED;
		return move(id, Set.of(PostStatus.CANCELED), back, "restored by " + editor, Map.of());
	}

	public Post reschedule(long id, Instant dueAt, String editor) {
		return stay(id, "rescheduled to " + dueAt + " by " + editor, Map.of("due_at", dueAt));
	}

	public Post postNow(long id, String editor) {
		return move(id, WAITING, PostStatus.QUEUED, "sent now by " + editor, Map.of("due_at", clock.instant()));
	}

	public Post markUrgent(long id, boolean urgent, String editor) {
		return stay(id, (urgent ? "marked urgent by " : "no longer urgent, by ") + editor, Map.of("urgent", urgent));
	}

	/** An urgent post may go even when it passes its account's budget (it is charged and counted all the same). */
	public Post allowOverBudget(long id, boolean allowed, String editor) {
		return stay(id, (allowed ? "let past the budget by " : "held to the budget again, by ") + editor,
				Map.of("budget_override", allowed));
	}

	/**
	 * Replaces the text, its links percent-encoded as a story's link is; refused when the post's
	 * network would refuse it (by that network's count), so the queue only holds postable text.
	 */
	public Post editText(long id, String typed, String editor) {
		String text = PostLinks.forX(typed);
		refuseEmpty(text);
		Post before = find(id);
		refuseTooLong(text, before.account());
		return stay(id, "text edited by " + editor + "; before: " + before.text(), Map.of("text", text));
	}

	/** A failed post gets a fresh set of attempts. */
	public Post retry(long id, String editor) {
		return move(id, Set.of(PostStatus.FAILED), PostStatus.QUEUED, "retried by " + editor,
				Map.of("attempts", 0, "due_at", clock.instant()));
	}

	private static void refuseEmpty(String text) {
		if (text == null || text.isBlank()) {
			throw new PostChangeRefused(Reason.of("post.refused.empty", "the text is empty"));
		}
	}

	/** By the account's network's own count: 290 letters are too many for X and fine on Mastodon. */
	private void refuseTooLong(String text, String account) {
		PostLength length = publishers.lengthRule(account).measure(text);
		if (!length.valid()) {
			Network network = publishers.network(account);
			throw new PostChangeRefused(Reason.of("post.refused.tooLongOn",
					"the text is " + length.length() + " of " + length.max() + " by " + network.id() + "'s count: "
							+ network.id() + " would refuse it for the account " + account,
					account, network.id(), length.length(), length.max()));
		}
	}

	private Post stay(long id, String detail, Map<String, Object> columns) {
		PostStatus current = find(id).status();
		return move(id, WAITING, current, detail, columns);
	}

	private Post move(long id, Set<PostStatus> from, PostStatus to, String detail, Map<String, Object> columns) {
		Post post = find(id);
		if (!from.contains(post.status()) || !states.move(id, post.status(), to, detail, columns)) {
			throw changedMeanwhile(id);
		}
		return find(id);
	}

	private PostChangeRefused changedMeanwhile(long id) {
		PostStatus now = find(id).status();
		return new PostChangeRefused(Reason.of("post.refused.state",
				"post " + id + " is " + now + " and can no longer be changed that way", String.valueOf(id), now.name()));
	}

	private Post find(long id) {
		return posts.find(id).orElseThrow(() -> new PostChangeRefused(Reason.of("post.refused.missing", "there is no post " + id, String.valueOf(id))));
	}

}
