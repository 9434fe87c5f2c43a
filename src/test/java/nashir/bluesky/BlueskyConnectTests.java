package nashir.bluesky;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nashir.FakeBluesky;
import nashir.publish.ConnectRefused;
import nashir.publish.NetworkProfile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static nashir.bluesky.TestBluesky.HANDLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Checking a handle and an app password before the account is kept. */
class BlueskyConnectTests {

	private FakeBluesky pds;

	@BeforeEach
	void start() throws Exception {
		this.pds = new FakeBluesky(HANDLE, TestBluesky.APP_PASSWORD, Duration.ZERO);
	}

	@AfterEach
	void stop() {
		this.pds.close();
	}

	@Test
	void shouldSayWhoTheAccountIs() throws ConnectRefused {
		NetworkProfile profile = TestBluesky.channel().check(TestBluesky.account(this.pds.baseUrl()));

		assertThat(profile).isEqualTo(new NetworkProfile(FakeBluesky.DID, HANDLE, "أفق نيوز",
				"https://cdn.bsky.app/img/avatar/plain/" + FakeBluesky.DID + "/bafkavatar@jpeg",
				"https://bsky.app/profile/ofoq.bsky.social"));
		TestBluesky.assertNoSecrets(profile, this.pds.issuedTokens());
	}

	@Test
	void shouldTakeAHandleWrittenWithItsAt() throws ConnectRefused {
		NetworkProfile profile = TestBluesky.channel().check(new nashir.publish.Account(null, null, null, null, false,
				Duration.ZERO, 0, null, Duration.ofMinutes(15), null, null, nashir.publish.Network.BLUESKY, null, null,
				null, "@" + HANDLE, TestBluesky.APP_PASSWORD, this.pds.baseUrl()));

		assertThat(profile.handle()).isEqualTo(HANDLE);
	}

	@Test
	void shouldAskForAnAppPasswordWhenThePasswordIsRefused() {
		assertThatExceptionOfType(ConnectRefused.class)
			.isThrownBy(() -> TestBluesky.channel().check(TestBluesky.account(this.pds.baseUrl(), "account-password-123")))
			.satisfies((refused) -> {
				assertThat(refused.reason().key()).isEqualTo("bluesky.connect.refused");
				assertThat(refused.getMessage()).contains(
						"use an app password from Settings → App passwords, not the account password");
				assertThat(refused.getMessage()).doesNotContain("account-password-123");
			});
	}

	@Test
	void shouldSayWhenTheAccountIsTakenDown() {
		WireMockServer taken = new WireMockServer(options().dynamicPort());
		taken.start();
		try {
			taken.stubFor(post("/xrpc/com.atproto.server.createSession").willReturn(aResponse().withStatus(401)
				.withBody("{\"error\":\"AccountTakedown\",\"message\":\"Account has been taken down\"}")));

			assertThatExceptionOfType(ConnectRefused.class)
				.isThrownBy(() -> TestBluesky.channel().check(TestBluesky.account(taken.baseUrl())))
				.satisfies((refused) -> assertThat(refused.reason().key()).isEqualTo("bluesky.connect.takedown"));
		}
		finally {
			taken.stop();
		}
	}

	@Test
	void shouldSayWhenBlueskyCannotBeReached() {
		String gone = this.pds.baseUrl();
		this.pds.close();

		assertThatExceptionOfType(ConnectRefused.class)
			.isThrownBy(() -> TestBluesky.channel().check(TestBluesky.account(gone)))
			.satisfies((refused) -> assertThat(refused.reason().key()).isEqualTo("bluesky.connect.unreachable"));
	}

	@Test
	void shouldRefuseAnAccountWithoutItsCredentialsOrAService() {
		assertThatExceptionOfType(ConnectRefused.class)
			.isThrownBy(() -> TestBluesky.channel().check(TestBluesky.account(this.pds.baseUrl(), " ")))
			.satisfies((refused) -> assertThat(refused.reason().key()).isEqualTo("bluesky.connect.missing"));
		assertThatExceptionOfType(ConnectRefused.class)
			.isThrownBy(() -> TestBluesky.channel().check(TestBluesky.account("pds.example.com")))
			.satisfies((refused) -> assertThat(refused.reason().key()).isEqualTo("bluesky.connect.service"));
		assertThat(this.pds.calls("com.atproto.server.createSession")).isZero();
	}

}
