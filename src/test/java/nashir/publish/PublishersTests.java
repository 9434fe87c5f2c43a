package nashir.publish;

import java.net.URI;
import nashir.net.NetConfiguration;
import nashir.net.TestNet;
import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;

import nashir.publish.PublishOutcome.Published;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static nashir.publish.TestAccounts.ACCESS_TOKEN;
import static nashir.publish.TestAccounts.ACCESS_TOKEN_SECRET;
import static nashir.publish.TestAccounts.CONSUMER_KEY;
import static nashir.publish.TestAccounts.CONSUMER_SECRET;
import static nashir.publish.TestAccounts.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Which publisher each account gets, and that no credential ever shows. */
class PublishersTests {

	private final WireMockServer x = new WireMockServer(options().dynamicPort());

	@BeforeEach
	void startX() {
		this.x.start();
		this.x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201).withBody("{\"data\":{\"id\":\"77\"}}")));
	}

	@AfterEach
	void stopX() {
		this.x.stop();
	}

	@Test
	void shouldSendToXForAnAccountWithCredentials() {
		Publishers publishers = publishers(Map.of("main", TestAccounts.withCredentials()));

		assertThat(publishers.isDryRun("main")).isFalse();
		assertThat(publish(publishers, "main")).isEqualTo(
				new Published("77", false, null, RateLimitStatus.UNKNOWN));
		this.x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
	}

	@Test
	void shouldDryRunAnAccountWithoutCredentials() {
		Publishers publishers = publishers(Map.of("main", account(null, null, null, null, false)));

		assertDryRun(publishers, "main");
	}

	@Test
	void shouldDryRunAnAccountMissingOneCredential() {
		Publishers publishers = publishers(
				Map.of("main", account(CONSUMER_KEY, CONSUMER_SECRET, ACCESS_TOKEN, " ", false)));

		assertDryRun(publishers, "main");
	}

	@Test
	void shouldDryRunAnAccountSetToDryRunEvenWithCredentials() {
		Publishers publishers = publishers(
				Map.of("main", account(CONSUMER_KEY, CONSUMER_SECRET, ACCESS_TOKEN, ACCESS_TOKEN_SECRET, true)));

		assertDryRun(publishers, "main");
	}

	@Test
	void shouldListTheAccountsSorted() {
		Publishers publishers = publishers(Map.of("news", TestAccounts.withCredentials(), "archive",
				account(null, null, null, null, false)));

		assertThat(publishers.accounts()).containsExactly("archive", "news");
		assertThat(publishers.isDryRun("archive")).isTrue();
		assertThat(publishers.isDryRun("news")).isFalse();
	}

	@Test
	void shouldNameAnUnknownAccount() {
		Publishers publishers = publishers(Map.of("main", TestAccounts.withCredentials()));

		assertThatIllegalArgumentException().isThrownBy(() -> publishers.forAccount("sports"))
			.withMessageContaining("'sports'")
			.withMessageContaining("main")
			.satisfies(TestAccounts::assertNoCredentials);
		assertThatIllegalArgumentException().isThrownBy(() -> publishers.isDryRun("sports"));
	}

	@Test
	void shouldNeverShowCredentials() {
		Publishers publishers = publishers(Map.of("main", TestAccounts.withCredentials()));

		TestAccounts.assertNoCredentials(TestAccounts.withCredentials());
		TestAccounts.assertNoCredentials(new AccountSettings(Map.of("main", TestAccounts.withCredentials())));
		TestAccounts.assertNoCredentials(publishers.forAccount("main"));
		TestAccounts.assertNoCredentials(new Twitter4jOAuthSigner(TestAccounts.withCredentials()));
	}

	@Test
	void shouldBeBuiltBySpringFromProperties() {
		new ApplicationContextRunner().withUserConfiguration(PublishConfiguration.class, NetConfiguration.class)
			.withPropertyValues("nashir.x.api-base-url=" + this.x.baseUrl(),
					"nashir.accounts.main.consumer-key=" + CONSUMER_KEY,
					"nashir.accounts.main.consumer-secret=" + CONSUMER_SECRET,
					"nashir.accounts.main.access-token=" + ACCESS_TOKEN,
					"nashir.accounts.main.access-token-secret=" + ACCESS_TOKEN_SECRET,
					"nashir.accounts.preview.dry-run=true")
			.run((context) -> {
				Publishers publishers = context.getBean(Publishers.class);
				assertThat(publishers.accounts()).containsExactly("main", "preview");
				assertThat(publishers.isDryRun("preview")).isTrue();
				assertThat(publish(publishers, "main")).isInstanceOf(Published.class);
				this.x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
			});
	}

	private void assertDryRun(Publishers publishers, String account) {
		assertThat(publishers.isDryRun(account)).isTrue();
		assertThat(publish(publishers, account)).isInstanceOfSatisfying(Published.class, (published) -> {
			assertThat(published.dryRun()).isTrue();
			assertThat(published.tweetId()).startsWith("dry-run-");
		});
		this.x.verify(0, anyRequestedFor(anyUrl()));
	}

	private static PublishOutcome publish(Publishers publishers, String account) {
		PublishOutcome outcome = publishers.forAccount(account).publish(new OutgoingPost(account, TEXT, null, null));
		TestAccounts.assertNoCredentials(outcome);
		return outcome;
	}

	private Publishers publishers(Map<String, Account> accounts) {
		return new Publishers(new ConfiguredAccounts(new AccountSettings(accounts)),
				new XApiSettings(URI.create(this.x.baseUrl()), null, null, Duration.ofSeconds(5)), TestNet.http());
	}

	private static Account account(String key, String secret, String token, String tokenSecret, boolean dryRun) {
		return new Account(key, secret, token, tokenSecret, dryRun, Duration.ZERO, 0, null, Duration.ofMinutes(15), null, null);
	}

	/** Not a @Configuration: the application's component scan must not find it in end-to-end tests. */
	@EnableConfigurationProperties({ AccountSettings.class, XApiSettings.class })
	@Import({ ConfiguredAccounts.class, XChannel.class, Publishers.class })
	static class PublishConfiguration {

	}

}
