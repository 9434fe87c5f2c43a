package nashir.web;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import nashir.queue.AccountStates;
import nashir.queue.Post;
import nashir.queue.PostEditor;
import nashir.queue.PostQueue;
import nashir.schedule.ScheduleControl;
import nashir.text.Reason;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change an editor makes from the app or the API, each recorded in the audit log in the same
 * transaction as the change: who, what, and the post's text before and after. The queue's
 * PostEditor decides whether a change is allowed; this only adds the record.
 */
@Service
class EditorActions {

	private final PostEditor editor;

	private final PostQueue queue;

	private final ScheduleControl schedules;

	private final AccountStates accounts;

	private final AuditLog audit;

	EditorActions(PostEditor editor, PostQueue queue, ScheduleControl schedules, AccountStates accounts,
			AuditLog audit) {
		this.editor = editor;
		this.queue = queue;
		this.schedules = schedules;
		this.accounts = accounts;
		this.audit = audit;
	}

	@Transactional
	Post approve(long id, String user) {
		return audited(id, user, "approve", null, () -> editor.approve(id, user));
	}

	@Transactional
	Post hold(long id, String user) {
		return audited(id, user, "hold", null, () -> editor.hold(id, user));
	}

	@Transactional
	Post cancel(long id, String user) {
		return audited(id, user, "cancel", null, () -> editor.cancel(id, user));
	}

	/** A canceled post back where it waited: an undo just after the cancel, or a restore from the log. */
	@Transactional
	Post restore(long id, boolean undo, String user) {
		return audited(id, user, undo ? "undo-cancel" : "restore", null, () -> editor.restore(id, user));
	}

	@Transactional
	Post postNow(long id, String user) {
		return audited(id, user, "post-now", null, () -> editor.postNow(id, user));
	}

	@Transactional
	Post markUrgent(long id, boolean urgent, String user) {
		return audited(id, user, urgent ? "urgent" : "not-urgent", null, () -> editor.markUrgent(id, urgent, user));
	}

	@Transactional
	Post allowOverBudget(long id, boolean allowed, String user) {
		return audited(id, user, allowed ? "over-budget" : "within-budget", null,
				() -> editor.allowOverBudget(id, allowed, user));
	}

	@Transactional
	Post reschedule(long id, Instant dueAt, String user) {
		return audited(id, user, "reschedule", due(dueAt), () -> editor.reschedule(id, dueAt, user));
	}

	@Transactional
	Post editText(long id, String text, String user) {
		return audited(id, user, "edit", null, () -> editor.editText(id, text, user));
	}

	@Transactional
	Post retry(long id, String user) {
		return audited(id, user, "retry", null, () -> editor.retry(id, user));
	}

	/** Queues an editor's own post for each account, by the queue's own rules for manual posts. */
	@Transactional
	List<Post> compose(ComposeForm form, Instant dueAt, String user) {
		return write(form.getText(), form.getAccounts(), form.imageUrlOrNull(), dueAt, form.isUrgent(), user);
	}

	/** The same through the API ({@code POST /api/posts}); {@code dueAt} null means now. */
	@Transactional
	List<Post> write(String text, List<String> accounts, String imageUrl, Instant dueAt, boolean urgent, String user) {
		List<Post> created = editor.write(text, accounts, imageUrl, dueAt, urgent, user);
		created.forEach(post -> audit.record(user, "compose", post.id(), post.account(), null, post.text(),
				due(post.dueAt())));
		return created;
	}

	/** An operator's word that the account's credentials are fixed: its waiting posts go out again. */
	boolean resumeAccount(String account, String user) {
		try {
			boolean resumed = accounts.resume(account);
			audit.record(user, "account-resume", null, account, null, null, resumed ? null : Reason.of("audit.notPaused", "was not paused").stored());
			return resumed;
		}
		catch (IllegalArgumentException ex) {
			throw new ActionRefused("account.refused.unknown", ex.getMessage(), account);
		}
	}

	void pause(String scheduleId, String user) {
		onSchedule(scheduleId, user, "pause", () -> schedules.pause(scheduleId));
	}

	void resume(String scheduleId, String user) {
		onSchedule(scheduleId, user, "resume", () -> schedules.resume(scheduleId));
	}

	void pollNow(String scheduleId, String user) {
		onSchedule(scheduleId, user, "poll-now", () -> schedules.pollNow(scheduleId));
	}

	/** The new due time, for the audit page to show in the newsroom's zone and the reader's digits. */
	private static String due(Instant dueAt) {
		return Reason.of("audit.due", "due " + dueAt, dueAt).stored();
	}

	private Post audited(long id, String user, String action, String detail, Supplier<Post> change) {
		String before = queue.find(id).map(Post::text).orElse(null);
		Post after = change.get();
		audit.record(user, action, id, after.account(), before, after.text(), detail);
		return after;
	}

	private void onSchedule(String scheduleId, String user, String action, Runnable call) {
		try {
			call.run();
		}
		catch (IllegalArgumentException ex) {
			throw new ActionRefused("feeds.refused.unknown", ex.getMessage(), scheduleId);
		}
		audit.record(user, action, null, scheduleId, null, null, null);
	}

}
