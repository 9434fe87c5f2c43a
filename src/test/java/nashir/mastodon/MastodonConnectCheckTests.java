package nashir.mastodon;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nashir.FakeMastodon;
import nashir.publish.Account;
import nashir.publish.ConnectRefused;
import nashir.publish.NetworkProfile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static nashir.mastodon.MastodonAccounts.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Whether an instance takes an account's token, asked before the account is kept. */
class MastodonConnectCheckTests {

	private static final String VERIFY = "/api/v1/accounts/verify_credentials";

	private static final String HINT = "write:statuses write:media read:accounts";

	private final MastodonChannel channel = MastodonAccounts.channel(Clock.systemUTC());

	private final WireMockServer instance = new WireMockServer(options().dynamicPort());

	@BeforeEach
	void start() {
		this.instance.start();
	}

	@AfterEach
	void stop() {
		this.instance.stop();
	}

	@Test
	void shouldNameTheAccountTheTokenBelongsTo() throws Exception {
		try (FakeMastodon mastodon = new FakeMastodon(TOKEN)) {
			NetworkProfile profile = this.channel.check(MastodonAccounts.account(mastodon.baseUrl()));

			assertThat(profile).isEqualTo(new NetworkProfile("109", "@ofoq@127.0.0.1", "أفق نيوز",
					"https://files.example.com/avatar.png", mastodon.baseUrl() + "/@ofoq"));
			MastodonAccounts.assertNoToken(profile);
		}
	}

	@Test
	void shouldSayHowToMakeATokenWhenItIsRefused() throws IOException {
		try (FakeMastodon mastodon = new FakeMastodon(TOKEN)) {
			assertRefused(MastodonAccounts.account(mastodon.baseUrl(), "mst-revoked"), "mastodon.connect.token")
				.satisfies((reason) -> assertThat(reason).contains(HINT).contains("The access token is invalid"));
		}
	}

	@Test
	void shouldSayHowToMakeATokenWhenItLacksAScope() {
		answer(403, "{\"error\":\"This action is outside the authorized scopes\"}");

		assertRefused(MastodonAccounts.account(this.instance.baseUrl()), "mastodon.connect.forbidden")
			.satisfies((reason) -> assertThat(reason).contains(HINT).contains("outside the authorized scopes"));
	}

	@Test
	void shouldSayWhenTheAddressIsNoMastodon() {
		answer(404, "<html>not here</html>");

		assertRefused(MastodonAccounts.account(this.instance.baseUrl()), "mastodon.connect.notMastodon");
	}

	@Test
	void shouldSayWhenTheAnswerNamesNoAccount() {
		answer(200, "<html>welcome</html>");

		assertRefused(MastodonAccounts.account(this.instance.baseUrl()), "mastodon.connect.unreadable");
	}

	@Test
	void shouldSayToTryAgainWhenTheInstanceFails() {
		answer(502, "{\"error\":\"Bad gateway\"}");

		assertRefused(MastodonAccounts.account(this.instance.baseUrl()), "mastodon.connect.failed");
	}

	@Test
	void shouldSayWhenTheInstanceCannotBeReached() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}

		assertRefused(MastodonAccounts.account("http://127.0.0.1:" + closed), "mastodon.connect.unreachable");
	}

	@Test
	void shouldRefuseAnAddressThatIsNoInstance() {
		assertRefused(MastodonAccounts.account("mailto:news@ofoq.example.com"), "mastodon.connect.instance");
		assertRefused(MastodonAccounts.account("https://mastodon.social/?x=1"), "mastodon.connect.instance");
		assertRefused(MastodonAccounts.account("http://"), "mastodon.connect.instance");
	}

	@Test
	void shouldAskForAToken() {
		assertRefused(MastodonAccounts.account(this.instance.baseUrl(), " "), "mastodon.connect.noToken");
	}

	@Test
	void shouldTakeAnInstanceWrittenWithoutScheme() {
		assertThat(InstanceAddress.of(" Mastodon.Social/ ")).hasValueSatisfying((address) -> {
			assertThat(address.endpoint("api/v2/instance")).hasToString("https://mastodon.social/api/v2/instance");
			assertThat(address.host()).isEqualTo("mastodon.social");
		});
	}

	private AbstractStringAssert<?> assertRefused(Account account, String key) {
		ConnectRefused refused = catchThrowableOfType(ConnectRefused.class,
				() -> this.channel.check(account));
		assertThat(refused).as("refused").isNotNull();
		assertThat(refused.reason().key()).isEqualTo(key);
		MastodonAccounts.assertNoToken(refused.getMessage());
		MastodonAccounts.assertNoToken(refused.reason());
		return assertThat(refused.getMessage());
	}

	private void answer(int status, String body) {
		this.instance.stubFor(get(VERIFY).willReturn(aResponse().withStatus(status).withBody(body)));
	}

}
