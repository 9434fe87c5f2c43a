package nashir.queue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nashir.FakeBluesky;
import nashir.FakeMastodon;
import nashir.FakeTelegram;
import nashir.NashirTest;
import nashir.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The whole way from an admin's form to a post on Telegram, Mastodon and Bluesky, with nothing
 * faked but the networks: each network's own check of the credentials typed in, the account kept
 * with its secrets sealed, and its first post sent with them.
 */
@NashirTest
@AutoConfigureMockMvc
class ConnectToPublishTests {

	static final String MASTODON_TOKEN = "mastodon-SECRET-token-of-ofoq";

	static final FakeTelegram TELEGRAM;

	static final FakeMastodon MASTODON;

	static final FakeBluesky BLUESKY;

	static {
		try {
			TELEGRAM = new FakeTelegram();
			MASTODON = new FakeMastodon(MASTODON_TOKEN);
			BLUESKY = new FakeBluesky(Duration.ZERO);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void networks(DynamicPropertyRegistry properties) {
		properties.add("nashir.telegram.api-base-url", TELEGRAM::baseUrl);
	}

	@AfterAll
	static void stopNetworks() {
		TELEGRAM.close();
		MASTODON.close();
		BLUESKY.close();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PostQueue queue;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	TestClock clock;

	@Autowired
	AccountStates states;

	@Test
	void shouldPostToEachNetworkWithTheCredentialsAnAdminTypedIn() throws Exception {
		admin(post("/accounts/connect/telegram").param("name", "ofoq_tg")
			.param("botToken", FakeTelegram.TOKEN)
			.param("chat", FakeTelegram.CHANNEL));
		admin(post("/accounts/connect/mastodon").param("name", "ofoq_masto")
			.param("instance", MASTODON.baseUrl())
			.param("accessToken", MASTODON_TOKEN));
		admin(post("/accounts/connect/bluesky").param("name", "ofoq_bsky")
			.param("handle", FakeBluesky.HANDLE)
			.param("appPassword", FakeBluesky.APP_PASSWORD)
			.param("service", BLUESKY.baseUrl()));

		String accounts = mvc.perform(get("/accounts").with(user("admin").roles("ADMIN")))
			.andReturn().getResponse().getContentAsString();
		assertThat(accounts).contains("ofoq_tg", "ofoq_masto", "ofoq_bsky", FakeTelegram.CHANNEL, FakeBluesky.HANDLE)
			.doesNotContain(FakeTelegram.TOKEN, MASTODON_TOKEN, FakeBluesky.APP_PASSWORD);
		List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM app_account WHERE name IN ('ofoq_tg', 'ofoq_masto', 'ofoq_bsky')")
			.query()
			.listOfRows();
		assertThat(rows).hasSize(3);
		assertThat(rows.toString()).as("secrets sealed at rest")
			.doesNotContain(FakeTelegram.TOKEN, MASTODON_TOKEN, FakeBluesky.APP_PASSWORD);

		assertThat(List.of("ofoq_tg", "ofoq_masto", "ofoq_bsky")).as("shown as sending, not as a dry run")
			.allSatisfy(account -> assertThat(states.status(account).dryRun()).isFalse());

		clock.set(Instant.parse("2026-12-02T09:00:00Z"));
		List<Post> posts = List.of("ofoq_tg", "ofoq_masto", "ofoq_bsky").stream()
			.map(account -> queue.enqueue(PostQueueTests.story(account, account + "-1", clock.instant()), "new story")
				.orElseThrow())
			.toList();
		dispatcher.dispatch().join();

		for (Post post : posts) {
			assertThat(queue.find(post.id()).orElseThrow()).as(post.account()).satisfies(sent -> {
				assertThat(sent.status()).isEqualTo(PostStatus.PUBLISHED);
				assertThat(sent.dryRun()).isFalse();
				assertThat(sent.publishedUrl()).as("where people read it").startsWith("http");
			});
		}
		assertThat(TELEGRAM.accepted()).containsValue(1).hasSize(1);
		assertThat(MASTODON.accepted()).containsValue(1).hasSize(1);
		assertThat(BLUESKY.accepted()).containsValue(1).hasSize(1);
	}

	private void admin(MockHttpServletRequestBuilder request) throws Exception {
		mvc.perform(request.with(csrf()).with(user("admin").roles("ADMIN")));
	}

}
