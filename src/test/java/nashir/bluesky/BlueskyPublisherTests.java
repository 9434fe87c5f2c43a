package nashir.bluesky;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import nashir.FakeBluesky;
import nashir.publish.AccountPause.Kind;
import nashir.publish.OutgoingPost;
import nashir.publish.PublishOutcome;
import nashir.publish.PublishOutcome.AccountPaused;
import nashir.publish.PublishOutcome.Published;
import nashir.publish.PublishOutcome.TransientFailure;
import nashir.publish.Publisher;

import static nashir.bluesky.TestBluesky.HANDLE;
import static nashir.bluesky.TestBluesky.LINK;
import static nashir.bluesky.TestBluesky.RKEY;
import static nashir.bluesky.TestBluesky.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

/** Posts to a stateful PDS: the record, its key, sessions, and a resend after a crash. */
@ExtendWith(OutputCaptureExtension.class)
class BlueskyPublisherTests {

	private FakeBluesky pds;

	private final List<Object> shown = new ArrayList<>();

	@BeforeEach
	void startPds() throws Exception {
		this.pds = new FakeBluesky(HANDLE, TestBluesky.APP_PASSWORD, Duration.ZERO);
	}

	@AfterEach
	void stopPds(CapturedOutput output) {
		this.shown.add(output.getAll());
		this.shown.forEach((anything) -> TestBluesky.assertNoSecrets(anything, this.pds.issuedTokens()));
		this.pds.close();
	}

	@Test
	void shouldPostTheTextInArabicWithItsFacetsUnderTheKeyMadeFromThePost() {
		PublishOutcome outcome = publish(publisher(), TestBluesky.post());

		assertThat(outcome).isInstanceOfSatisfying(Published.class, (published) -> {
			assertThat(published.tweetId()).isEqualTo(RKEY);
			assertThat(published.dryRun()).isFalse();
			assertThat(published.note()).isNull();
			assertThat(published.url()).isEqualTo("https://bsky.app/profile/ofoq.bsky.social/post/" + RKEY);
		});
		JsonNode record = this.pds.records().get(RKEY);
		assertThat(record.path("$type").asString()).isEqualTo("app.bsky.feed.post");
		assertThat(record.path("text").asString()).isEqualTo(TEXT);
		assertThat(record.path("createdAt").asString()).isEqualTo("2026-12-02T10:20:00Z");
		assertThat(record.path("langs").toString()).isEqualTo("[\"ar\"]");
		assertThat(record.path("facets").toString()).isEqualTo("["
				+ "{\"$type\":\"app.bsky.richtext.facet\",\"index\":{\"byteStart\":90,\"byteEnd\":112},"
				+ "\"features\":[{\"$type\":\"app.bsky.richtext.facet#tag\",\"tag\":\"أخبار_دولية\"}]},"
				+ "{\"$type\":\"app.bsky.richtext.facet\",\"index\":{\"byteStart\":113,\"byteEnd\":124},"
				+ "\"features\":[{\"$type\":\"app.bsky.richtext.facet#tag\",\"tag\":\"سياسة\"}]},"
				+ "{\"$type\":\"app.bsky.richtext.facet\",\"index\":{\"byteStart\":125,\"byteEnd\":180},"
				+ "\"features\":[{\"$type\":\"app.bsky.richtext.facet#link\",\"uri\":\"" + LINK + "\"}]}]");
		assertThat(record.has("embed")).isFalse();
	}

	@Test
	void shouldCountAResendAfterACrashAsPublishedOnceUnderTheSameKey() {
		publish(publisher(), TestBluesky.post());

		// A new process: a new publisher, a new session, the same post reclaimed.
		PublishOutcome again = publish(publisher(), TestBluesky.post());

		assertThat(again).isInstanceOfSatisfying(Published.class, (published) -> {
			assertThat(published.tweetId()).isEqualTo(RKEY);
			assertThat(published.url()).endsWith("/post/" + RKEY);
			assertThat(published.note().key()).isEqualTo("bluesky.note.earlier");
		});
		assertThat(this.pds.accepted()).isEqualTo(Map.of(TEXT, 1));
		assertThat(this.pds.calls("com.atproto.repo.createRecord")).isEqualTo(2);
		assertThat(this.pds.calls("com.atproto.repo.getRecord")).isEqualTo(1);
	}

	@Test
	void shouldCountTheRetryOfAPostWhoseAnswerWasLostAsPublishedOnce() throws Exception {
		try (FakeBluesky slow = new FakeBluesky(Duration.ofSeconds(2))) {
			Publisher publisher = TestBluesky.channel(Duration.ofMillis(700))
				.publisher("b", TestBluesky.account(slow.baseUrl()));

			assertThat(publish(publisher, TestBluesky.post())).isInstanceOf(TransientFailure.class);
			assertThat(slow.accepted()).isEqualTo(Map.of(TEXT, 1));

			PublishOutcome retried = publish(publisher, TestBluesky.post());

			assertThat(retried).isInstanceOfSatisfying(Published.class,
					(published) -> assertThat(published.tweetId()).isEqualTo(RKEY));
			assertThat(slow.accepted()).isEqualTo(Map.of(TEXT, 1));
		}
	}

	@Test
	void shouldGiveEachPostItsOwnRecord() {
		Publisher publisher = publisher();
		publish(publisher, TestBluesky.post());
		OutgoingPost other = new OutgoingPost("b", "خبر آخر 📰", null, null,
				new OutgoingPost.PostKey(104234, TestBluesky.KEY.createdAt()), null, null);

		assertThat(publish(publisher, other)).isInstanceOf(Published.class);
		assertThat(this.pds.accepted()).isEqualTo(Map.of(TEXT, 1, "خبر آخر 📰", 1));
		assertThat(this.pds.calls("com.atproto.server.createSession")).isEqualTo(1);
	}

	@Test
	void shouldRefreshAnExpiredSessionAndPost() {
		Publisher publisher = publisher();
		publish(publisher, TestBluesky.post());
		this.pds.expireAccessTokens();

		PublishOutcome outcome = publish(publisher, TestBluesky.post("بعد ساعتين", 104300));

		assertThat(outcome).isInstanceOf(Published.class);
		assertThat(this.pds.accepted()).containsEntry("بعد ساعتين", 1);
		assertThat(this.pds.calls("com.atproto.server.refreshSession")).isEqualTo(1);
		assertThat(this.pds.calls("com.atproto.server.createSession")).isEqualTo(1);
	}

	@Test
	void shouldSignInAgainWhenTheRefreshIsRefused() {
		Publisher publisher = publisher();
		publish(publisher, TestBluesky.post());
		this.pds.expireAccessTokens();
		this.pds.expireRefreshTokens();

		PublishOutcome outcome = publish(publisher, TestBluesky.post("بعد أيام", 104301));

		assertThat(outcome).isInstanceOf(Published.class);
		assertThat(this.pds.calls("com.atproto.server.refreshSession")).isEqualTo(1);
		assertThat(this.pds.calls("com.atproto.server.createSession")).isEqualTo(2);
	}

	@Test
	void shouldPauseTheAccountWhenItsAppPasswordIsRefused() {
		Publisher publisher = TestBluesky.channel().publisher("b",
				TestBluesky.account(this.pds.baseUrl(), "wrong-pass-word-0000"));

		PublishOutcome outcome = publish(publisher, TestBluesky.post());

		assertThat(outcome).isInstanceOfSatisfying(AccountPaused.class, (paused) -> {
			assertThat(paused.pause().kind()).isEqualTo(Kind.CREDENTIALS);
			assertThat(paused.pause().why().key()).isEqualTo("bluesky.pause.credentials");
			assertThat(paused.pause().reason()).contains("'b'").contains("401 AuthenticationRequired");
			assertThat(paused.pause().reason()).doesNotContain("wrong-pass-word-0000");
		});
		assertThat(this.pds.records()).isEmpty();
	}

	@Test
	void shouldLetThePdsNameTheKeyOfAPostWithoutOne() {
		PublishOutcome outcome = publish(publisher(), new OutgoingPost("b", TEXT, null, null));

		assertThat(outcome).isInstanceOfSatisfying(Published.class, (published) -> {
			assertThat(this.pds.records()).containsOnlyKeys(published.tweetId());
			assertThat(published.url()).endsWith("/post/" + published.tweetId());
		});
	}

	@Test
	void shouldNeverShowTheAppPasswordOrTokens() {
		Publisher publisher = publisher();
		publish(publisher, TestBluesky.post());
		this.pds.expireAccessTokens();
		publish(publisher, TestBluesky.post("بعد ساعتين", 104300));

		assertThat(this.pds.issuedTokens()).hasSize(4);
		this.shown.add(publisher);
		this.shown.add(TestBluesky.account(this.pds.baseUrl()));
		this.shown.add(new Session(FakeBluesky.DID, HANDLE, "eyJ-access-secret", "eyJ-refresh-secret"));
		assertThat(new Session(FakeBluesky.DID, HANDLE, "eyJ-access-secret", "eyJ-refresh-secret").toString())
			.doesNotContain("eyJ");
	}

	private Publisher publisher() {
		return TestBluesky.channel().publisher("b", TestBluesky.account(this.pds.baseUrl()));
	}

	private PublishOutcome publish(Publisher publisher, OutgoingPost post) {
		PublishOutcome outcome = publisher.publish(post);
		this.shown.add(outcome);
		return outcome;
	}

}
