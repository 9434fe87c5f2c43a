package nashir.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nashir.NashirTest;
import nashir.TestClock;
import nashir.queue.NewPost;
import nashir.queue.Post;
import nashir.queue.PostChangeRefused;
import nashir.queue.PostQueue;
import nashir.queue.PostStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Every editor action, through the real queue, leaves one audit row: who, when, what, text before and after. */
@NashirTest
class EditorActionsTests {

	static final String TEXT = "قمة “بوتين وبايدن”.. اتفاق على إطلاق حوار شامل قريبا https://ofoq.example.com/?p=104233";

	@Autowired
	EditorActions actions;

	@Autowired
	PostQueue queue;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@BeforeEach
	void emptyQueue() {
		new Newsroom(jdbc).clear();
	}

	@Test
	void shouldRecordAnEditWithTheTextBeforeAndAfter() {
		long id = waiting(true);
		actions.editText(id, "عاجل: " + TEXT, "nour");
		actions.approve(id, "nour");

		List<AuditLog.Entry> entries = audit.latest(10);
		assertThat(entries).extracting(AuditLog.Entry::action).containsExactly("approve", "edit");
		AuditLog.Entry edit = entries.get(1);
		assertThat(edit.username()).isEqualTo("nour");
		assertThat(edit.postId()).isEqualTo(id);
		assertThat(edit.at()).isEqualTo(clock.instant());
		assertThat(edit.textBefore()).isEqualTo(TEXT);
		assertThat(edit.textAfter()).isEqualTo("عاجل: " + TEXT);
		assertThat(queue.find(id).orElseThrow().status()).isEqualTo(PostStatus.QUEUED);
	}

	@Test
	void shouldRecordNothingWhenTheChangeIsRefused() {
		long id = waiting(false);
		assertThatExceptionOfType(PostChangeRefused.class)
			.isThrownBy(() -> actions.editText(id, "خبر ".repeat(80), "nour"))
			.withMessageContaining("320 of 280");
		assertThatExceptionOfType(PostChangeRefused.class).isThrownBy(() -> actions.approve(id, "nour"));
		assertThat(audit.latest(10)).isEmpty();
		assertThat(queue.find(id).orElseThrow().text()).isEqualTo(TEXT);
	}

	@Test
	void shouldRecordEachStateChange() {
		long id = waiting(false);
		Instant later = clock.instant().plus(Duration.ofHours(2));
		actions.markUrgent(id, true, "nour");
		actions.reschedule(id, later, "nour");
		actions.hold(id, "sami");
		actions.postNow(id, "sami");
		actions.cancel(id, "sami");
		assertThat(audit.latest(10)).extracting(e -> e.username() + ":" + e.action())
			.containsExactly("sami:cancel", "sami:post-now", "sami:hold", "nour:reschedule", "nour:urgent");
		assertThat(queue.find(id).orElseThrow().status()).isEqualTo(PostStatus.CANCELED);
	}

	@Test
	void shouldQueueAComposedPostForEachAccountAndRecordIt() {
		ComposeForm form = new ComposeForm();
		form.setAccounts(List.of("main", "paced"));
		form.setText("عاجل: مجلس الوزراء يقر الموازنة https://ofoq.example.com/2026/11/29/budget/");
		form.setUrgent(true);
		List<Post> posts = actions.compose(form, clock.instant().plusSeconds(600), "nour");
		assertThat(posts).extracting(Post::account).containsExactly("main", "paced");
		assertThat(posts).allSatisfy(post -> assertThat(post.urgent()).isTrue());
		assertThat(audit.latest(10)).extracting(AuditLog.Entry::action).containsExactly("compose", "compose");
		assertThat(audit.latest(10)).extracting(AuditLog.Entry::textAfter).containsOnly(form.getText());
	}

	private long waiting(boolean review) {
		Instant now = clock.instant();
		return queue.enqueue(new NewPost("ofoq", "main", "k-" + review, TEXT, "https://ofoq.example.com/?p=104233",
				TEXT, null, review, false, now.plusSeconds(600), now, now), "test").orElseThrow().id();
	}

}
