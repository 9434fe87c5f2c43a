package nashir.queue;

import java.time.Instant;

import nashir.NashirTest;
import nashir.TestClock;
import nashir.account.AppAccounts;
import nashir.account.XApp;
import nashir.account.XConnection;
import nashir.account.XProfile;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Posts of an account added in the app: published like any other, kept waiting when it is deleted. */
@NashirTest
class AppAccountPostsTests {

	@Autowired
	AppAccounts store;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	PostQueue queue;

	@Autowired
	TestClock clock;

	@Test
	void shouldPublishForAnAppAccountAndKeepItsPostsWhenItIsDeleted() {
		clock.set(Instant.parse("2026-11-29T09:00:00Z"));
		// No credentials of X's: a dry run, so nothing leaves the test.
		store.saveConnection(new XConnection("ofoq_app", new XApp("ck", "cs"), "", "",
				new XProfile("1862", "ofoq_news", "أفق", null)), "admin");
		Post first = queue.enqueue(PostQueueTests.story("ofoq_app", "app-1", clock.instant()), "new story")
			.orElseThrow();
		dispatcher.dispatch().join();
		assertThat(queue.find(first.id()).orElseThrow().status()).isEqualTo(PostStatus.PUBLISHED);

		store.delete("ofoq_app", "admin");
		Post waiting = queue.enqueue(PostQueueTests.story("ofoq_app", "app-2", clock.instant()), "new story")
			.orElseThrow();
		dispatcher.dispatch().exceptionally(failure -> null).join();
		assertThat(queue.find(waiting.id()).orElseThrow().status()).as("waits for an account of that name")
			.isEqualTo(PostStatus.QUEUED);

		store.saveConnection(new XConnection("ofoq_app", new XApp("ck", "cs"), "", "", null), "admin");
		dispatcher.dispatch().join();
		assertThat(queue.find(waiting.id()).orElseThrow().status()).isEqualTo(PostStatus.PUBLISHED);
	}

}
