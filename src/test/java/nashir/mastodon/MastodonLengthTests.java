package nashir.mastodon;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import nashir.TestClock;
import nashir.compose.LengthRule;
import nashir.compose.PostLength;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static nashir.mastodon.MastodonAccounts.HEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

/** How a status is counted, as Mastodon's StatusLengthValidator counts it, against the instance's own most. */
@ExtendWith(OutputCaptureExtension.class)
class MastodonLengthTests {

	private static final String INSTANCE = "/api/v2/instance";

	private final LengthRule mastodon = new MastodonLength(InstanceLimits.DEFAULT);

	private final WireMockServer instance = new WireMockServer(options().dynamicPort());

	private final TestClock clock = new TestClock();

	@BeforeEach
	void start() {
		this.instance.start();
	}

	@AfterEach
	void stop() {
		this.instance.stop();
	}

	@Test
	void shouldCountArabicOnePerLetter() {
		assertThat(this.mastodon.measure(HEADLINE)).isEqualTo(new PostLength(43, 500, true));
	}

	@Test
	void shouldCountEveryLinkAs23HoweverLong() {
		String link = "https://ofoq.example.com/2021/06/16/%D9%82%D9%85%D8%A9-%D8%A8%D9%88%D8%AA%D9%8A%D9%86-%D9%88%D8%A8/";

		assertThat(this.mastodon.measure(HEADLINE + "\n" + link).length()).isEqualTo(43 + 1 + 23);
		assertThat(this.mastodon.measure("https://t.co/x").length()).isEqualTo(23);
		assertThat(this.mastodon.measure("اقرأ: http://ofoq.example.com/a و https://ofoq.example.com/b").length())
			.isEqualTo(6 + 23 + 3 + 23);
	}

	@Test
	void shouldCountALinkWithoutSchemeAsItsText() {
		assertThat(this.mastodon.measure("ofoq.example.com/2021").length()).isEqualTo(21);
	}

	@Test
	void shouldCountGraphemesSoMarksAndFlagsAreOne() {
		// مُحَمَّدٌ is 9 code points (4 letters, 5 marks); 🤝🏽 and 🇺🇳 are 2 each.
		assertThat(this.mastodon.measure("مُحَمَّدٌ").length()).isEqualTo(4);
		assertThat(this.mastodon.measure("🤝🏽🇺🇳").length()).isEqualTo(2);
		assertThat(this.mastodon.measure("Biden و Putin 👍").length()).isEqualTo(15);
	}

	@Test
	void shouldCountARemoteMentionWithoutItsDomain() {
		// "شكرًا " is 5: the tanween rides on its letter.
		assertThat(this.mastodon.measure("شكرًا @ofoq@mastodon.social").length()).isEqualTo(5 + 5);
		assertThat(this.mastodon.measure("@ofoq").length()).isEqualTo(5);
		assertThat(this.mastodon.measure("https://mastodon.social/@ofoq").length()).isEqualTo(23);
	}

	@Test
	void shouldRefuseTooLongAndEmpty() {
		assertThat(this.mastodon.measure("ب".repeat(500))).isEqualTo(new PostLength(500, 500, true));
		assertThat(this.mastodon.measure("ب".repeat(501))).isEqualTo(new PostLength(501, 500, false));
		assertThat(this.mastodon.measure(" ").valid()).isFalse();
	}

	@Test
	void shouldReadTheInstanceMostOnceAndKeepItAnHour() {
		answerLimits(1000, 23);
		MastodonChannel channel = channel();
		LengthRule rule = channel.lengthRule(MastodonAccounts.account(this.instance.baseUrl() + "/"));

		assertThat(rule.measure("ب".repeat(900))).isEqualTo(new PostLength(900, 1000, true));
		channel.lengthRule(MastodonAccounts.account(this.instance.baseUrl()));
		this.instance.verify(1, getRequestedFor(urlEqualTo(INSTANCE)));
	}

	@Test
	void shouldReadTheInstanceAgainAfterTheCache() {
		answerLimits(1000, 23);
		MastodonChannel channel = channel();
		channel.lengthRule(MastodonAccounts.account(this.instance.baseUrl()));
		this.clock.advance(Duration.ofMinutes(59));
		channel.lengthRule(MastodonAccounts.account(this.instance.baseUrl()));
		this.instance.verify(1, getRequestedFor(urlEqualTo(INSTANCE)));

		answerLimits(5000, 23);
		this.clock.advance(Duration.ofMinutes(2));

		assertThat(channel.lengthRule(MastodonAccounts.account(this.instance.baseUrl())).measure("ب").max())
			.isEqualTo(5000);
		this.instance.verify(2, getRequestedFor(urlEqualTo(INSTANCE)));
	}

	@Test
	void shouldCountLinksAsTheInstanceReserves() {
		answerLimits(500, 30);

		assertThat(channel().lengthRule(MastodonAccounts.account(this.instance.baseUrl()))
			.measure("https://t.co/x")
			.length()).isEqualTo(30);
	}

	@Test
	void shouldUseTheDefaultsWhenTheInstanceCannotBeReadAndAskAgainLater(CapturedOutput output) {
		this.instance.stubFor(get(INSTANCE).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		MastodonChannel channel = channel();

		LengthRule rule = channel.lengthRule(MastodonAccounts.account(this.instance.baseUrl()));
		channel.lengthRule(MastodonAccounts.account(this.instance.baseUrl()));

		assertThat(rule.measure("https://t.co/x " + "ب".repeat(476))).isEqualTo(new PostLength(500, 500, true));
		this.instance.verify(1, getRequestedFor(urlEqualTo(INSTANCE)));
		assertThat(output.getAll()).contains("mastodon instance limits unread")
			.contains("instance=" + this.instance.baseUrl());

		answerLimits(1000, 23);
		this.clock.advance(Duration.ofMinutes(6));
		assertThat(channel.lengthRule(MastodonAccounts.account(this.instance.baseUrl())).measure("ب").max())
			.isEqualTo(1000);
	}

	@Test
	void shouldUseTheDefaultsForAnAnswerWithoutLimits() {
		this.instance.stubFor(get(INSTANCE).willReturn(aResponse().withStatus(200).withBody("<html>Pleroma?</html>")));

		assertThat(channel().lengthRule(MastodonAccounts.account(this.instance.baseUrl())).measure("ب"))
			.isEqualTo(new PostLength(1, 500, true));
	}

	private MastodonChannel channel() {
		return MastodonAccounts.channel(this.clock);
	}

	private void answerLimits(int max, int url) {
		this.instance.stubFor(get(INSTANCE).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"domain\":\"localhost\",\"configuration\":{\"statuses\":{\"max_characters\":" + max
					+ ",\"characters_reserved_per_url\":" + url + "}}}")));
	}

}
