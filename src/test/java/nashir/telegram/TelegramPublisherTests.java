package nashir.telegram;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nashir.publish.AccountPause.Kind;
import nashir.publish.OutgoingPost;
import nashir.publish.PublishOutcome;
import nashir.publish.PublishOutcome.AccountPaused;
import nashir.publish.PublishOutcome.PermanentFailure;
import nashir.publish.PublishOutcome.Published;
import nashir.publish.PublishOutcome.RateLimited;
import nashir.publish.PublishOutcome.TransientFailure;
import nashir.publish.RateLimitStatus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static nashir.telegram.TelegramAccounts.HEADLINE;
import static nashir.telegram.TelegramAccounts.HOSTILE;
import static nashir.telegram.TelegramAccounts.LINK;
import static nashir.telegram.TelegramAccounts.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** The Telegram publisher against a WireMock Bot API: what it sends, and how it reads each answer. */
@ExtendWith(OutputCaptureExtension.class)
class TelegramPublisherTests {

	private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	private static final String IMAGE = "https://ofoq.example.com/wp-content/uploads/2021/06/قمة بوتين.jpg";

	private static final String IMAGE_SENT = "https://ofoq.example.com/wp-content/uploads/2021/06/"
			+ "%D9%82%D9%85%D8%A9%20%D8%A8%D9%88%D8%AA%D9%8A%D9%86.jpg";

	private static final String SENT = "{\"ok\":true,\"result\":{\"message_id\":321,\"date\":1700000000,"
			+ "\"chat\":{\"id\":-1001234567890,\"title\":\"أفق\",\"username\":\"ofoqnews\",\"type\":\"channel\"}}}";

	private final WireMockServer telegram = new WireMockServer(options().dynamicPort());

	@BeforeEach
	void startTelegram() {
		this.telegram.start();
	}

	@AfterEach
	void stopTelegram(CapturedOutput output) {
		this.telegram.stop();
		TelegramAccounts.assertNoToken(output.getAll());
	}

	@Test
	void shouldSendTheTextEscapedInHtmlModeWithThePreviewOfTheStory() {
		answer("sendMessage", aResponse().withStatus(200).withBody(SENT));

		PublishOutcome outcome = publish(HOSTILE + "\n" + LINK, null);

		assertThat(outcome).isEqualTo(new Published("321", false, null, RateLimitStatus.UNKNOWN,
				"https://t.me/ofoqnews/321"));
		JsonNode body = request("sendMessage");
		assertThat(body.path("chat_id").asString()).isEqualTo("@ofoqnews");
		assertThat(body.path("parse_mode").asString()).isEqualTo("HTML");
		assertThat(body.path("text").asString())
			.isEqualTo("&lt;script&gt;alert('x')&lt;/script&gt; قمة A&amp;B &lt;b&gt;عاجل&lt;/b&gt; &amp; تفاصيل\n" + LINK);
		assertThat(body.path("link_preview_options").path("url").asString()).isEqualTo(LINK);
	}

	@Test
	void shouldSendTheArabicHeadlineAsItIs() {
		answer("sendMessage", aResponse().withStatus(200).withBody(SENT));

		publish(HEADLINE + " 🤝🏽", null);

		assertThat(request("sendMessage").path("text").asString()).isEqualTo(HEADLINE + " 🤝🏽");
	}

	@Test
	void shouldSendThePhotoWithTheTextAsItsCaptionWhenTheTextFits() {
		answer("sendPhoto", aResponse().withStatus(200).withBody(SENT));

		PublishOutcome outcome = publish(HOSTILE + "\n" + LINK, IMAGE);

		assertThat(outcome).isInstanceOfSatisfying(Published.class, (published) -> {
			assertThat(published.tweetId()).isEqualTo("321");
			assertThat(published.note()).isNull();
		});
		JsonNode body = request("sendPhoto");
		assertThat(body.path("photo").asString()).isEqualTo(IMAGE_SENT);
		assertThat(body.path("caption").asString()).startsWith("&lt;script&gt;").endsWith(LINK);
		assertThat(body.path("parse_mode").asString()).isEqualTo("HTML");
		this.telegram.verify(0, postRequestedFor(urlEqualTo(path("sendMessage"))));
	}

	@Test
	void shouldSendATextTooLongForACaptionAsAMessageWhosePreviewShowsTheImage() {
		answer("sendMessage", aResponse().withStatus(200).withBody(SENT));
		String text = (HEADLINE + " ").repeat(23) + LINK;
		assertThat(text.length()).isGreaterThan(TelegramText.MAX_CAPTION).isLessThan(TelegramText.MAX_MESSAGE);

		assertThat(publish(text, IMAGE)).isInstanceOf(Published.class);

		JsonNode preview = request("sendMessage").path("link_preview_options");
		assertThat(preview.path("url").asString()).isEqualTo(IMAGE_SENT);
		assertThat(preview.path("prefer_large_media").asBoolean()).isTrue();
		this.telegram.verify(0, postRequestedFor(urlEqualTo(path("sendPhoto"))));
	}

	@Test
	void shouldSendTheTextAloneWithANoteWhenTelegramRefusesThePhoto() {
		answer("sendPhoto", error(400, "Bad Request: wrong file identifier/HTTP URL specified"));
		answer("sendMessage", aResponse().withStatus(200).withBody(SENT));

		PublishOutcome outcome = publish(HEADLINE + "\n" + LINK, IMAGE);

		assertThat(outcome).isInstanceOfSatisfying(Published.class, (published) -> {
			assertThat(published.tweetId()).isEqualTo("321");
			assertThat(published.note().key()).isEqualTo("telegram.note.photoRefused");
			assertThat(published.note().english()).contains("wrong file identifier/HTTP URL specified");
		});
		JsonNode body = request("sendMessage");
		assertThat(body.path("text").asString()).isEqualTo(HEADLINE + "\n" + LINK);
		assertThat(body.path("link_preview_options").path("url").asString()).isEqualTo(LINK);
	}

	@Test
	void shouldSendTheTextAloneWhenTheImageLinkIsNoUrl() {
		answer("sendMessage", aResponse().withStatus(200).withBody(SENT));

		PublishOutcome outcome = publish(HEADLINE, "ftp://ofoq.example.com/a.jpg");

		assertThat(outcome).isInstanceOfSatisfying(Published.class,
				(published) -> assertThat(published.note().key()).isEqualTo("telegram.note.photoLink"));
		this.telegram.verify(0, postRequestedFor(urlEqualTo(path("sendPhoto"))));
	}

	@Test
	void shouldPauseRatherThanSendTheTextWhenThePhotoIsRefusedForTheChat() {
		answer("sendPhoto", error(400, "Bad Request: chat not found"));

		assertThat(publish(HEADLINE, IMAGE)).isInstanceOfSatisfying(AccountPaused.class,
				(paused) -> assertThat(paused.pause().kind()).isEqualTo(Kind.PERMISSION));
		this.telegram.verify(0, postRequestedFor(urlEqualTo(path("sendMessage"))));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			401 | Unauthorized                                                | CREDENTIALS
			404 | Not Found                                                   | CREDENTIALS
			403 | Forbidden: bot was kicked from the channel chat             | PERMISSION
			403 | Forbidden: bot is not a member of the channel chat          | PERMISSION
			400 | Bad Request: chat not found                                 | PERMISSION
			400 | Bad Request: need administrator rights in the channel chat  | PERMISSION
			""")
	void shouldPauseTheAccountWhenTelegramRefusesTheBotOrTheChat(int status, String description, Kind kind) {
		answer("sendMessage", error(status, description));

		assertThat(publish(HEADLINE, null)).isInstanceOfSatisfying(AccountPaused.class, (paused) -> {
			assertThat(paused.pause().kind()).isEqualTo(kind);
			assertThat(paused.pause().reason()).contains("'tg'", description);
			assertThat(paused.pause().why().key()).startsWith("telegram.pause.");
		});
	}

	@Test
	void shouldPauseTheAccountWhenItsGroupBecameASupergroup() {
		answer("sendMessage", aResponse().withStatus(400).withBody("{\"ok\":false,\"error_code\":400,"
				+ "\"description\":\"Bad Request: group chat was upgraded to a supergroup chat\","
				+ "\"parameters\":{\"migrate_to_chat_id\":-1009876543210}}"));

		assertThat(publish(HEADLINE, null)).isInstanceOfSatisfying(AccountPaused.class, (paused) -> {
			assertThat(paused.pause().kind()).isEqualTo(Kind.PERMISSION);
			assertThat(paused.pause().reason()).contains("-1009876543210");
		});
	}

	@Test
	void shouldFailThePostTelegramRefusesNamingTelegramsWords() {
		answer("sendMessage", error(400, "Bad Request: message is too long"));

		assertThat(publish(HEADLINE, null)).isInstanceOfSatisfying(PermanentFailure.class, (failure) -> {
			assertThat(failure.reason().key()).isEqualTo("telegram.error.refused");
			assertThat(failure.reason().english()).contains("400 Bad Request: message is too long");
		});
	}

	@Test
	void shouldWaitAsLongAsTelegramSaysAfterTooManyRequests() {
		answer("sendMessage", aResponse().withStatus(429).withBody("{\"ok\":false,\"error_code\":429,"
				+ "\"description\":\"Too Many Requests: retry after 37\",\"parameters\":{\"retry_after\":37}}"));

		assertThat(publish(HEADLINE, null)).isInstanceOfSatisfying(RateLimited.class, (limited) -> {
			assertThat(limited.resetAt()).isEqualTo(NOW.plusSeconds(37));
			assertThat(limited.reason().key()).isEqualTo("telegram.error.rateLimit");
		});
	}

	@ParameterizedTest
	@CsvSource({ "500, Internal Server Error", "502, Bad Gateway" })
	void shouldTryAgainLaterWhenTelegramFails(int status, String description) {
		answer("sendMessage", error(status, description));

		assertThat(publish(HEADLINE, null)).isInstanceOfSatisfying(TransientFailure.class,
				(failure) -> assertThat(failure.reason().key()).isEqualTo("telegram.error.unavailable"));
	}

	@Test
	void shouldTryAgainLaterWhenAProxyAnswersAnEmptyBadGateway() {
		answer("sendMessage", aResponse().withStatus(502));

		assertThat(publish(HEADLINE, null)).isInstanceOfSatisfying(TransientFailure.class,
				(failure) -> assertThat(failure.reason().english()).contains("(502)"));
	}

	@Test
	void shouldTryAgainLaterWhenTelegramDoesNotAnswerInTime() {
		answer("sendMessage", aResponse().withStatus(200).withBody(SENT).withFixedDelay(3_000));

		assertThat(publish(HEADLINE, null)).isInstanceOfSatisfying(TransientFailure.class,
				(failure) -> assertThat(failure.reason().key()).isEqualTo("telegram.error.timeout"));
	}

	@Test
	void shouldTryAgainLaterWhenTelegramCannotBeReached() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		PublishOutcome outcome = TelegramAccounts.channel("http://localhost:" + closed, clock())
			.publisher("tg", TelegramAccounts.account(TOKEN, "@ofoqnews"))
			.publish(new OutgoingPost("tg", HEADLINE, null, null));

		TelegramAccounts.assertNoToken(outcome);
		assertThat(outcome).isInstanceOfSatisfying(TransientFailure.class,
				(failure) -> assertThat(failure.reason().key()).isEqualTo("telegram.error.connection"));
	}

	@Test
	void shouldCountAPostTelegramTookAsPublishedThoughItsAnswerIsUnreadable() {
		answer("sendMessage", aResponse().withStatus(200).withHeader("Content-Type", "text/html")
			.withBody("<html>proxy</html>"));

		assertThat(publish(HEADLINE, null)).isInstanceOfSatisfying(Published.class, (published) -> {
			assertThat(published.tweetId()).isNull();
			assertThat(published.note().key()).isEqualTo("telegram.note.noId");
		});
	}

	@Test
	void shouldLinkToAMessageOfAPrivateChannelByItsId() {
		answer("sendMessage", aResponse().withStatus(200)
			.withBody("{\"ok\":true,\"result\":{\"message_id\":55,\"chat\":{\"id\":-1001234567890,\"type\":\"channel\"}}}"));

		PublishOutcome outcome = TelegramAccounts.channel(this.telegram.baseUrl(), clock())
			.publisher("tg", TelegramAccounts.account(TOKEN, "-1001234567890"))
			.publish(new OutgoingPost("tg", HEADLINE, null, null));

		assertThat(outcome).isInstanceOfSatisfying(Published.class,
				(published) -> assertThat(published.url()).isEqualTo("https://t.me/c/1234567890/55"));
		assertThat(request("sendMessage").path("chat_id").asString()).isEqualTo("-1001234567890");
	}

	@Test
	void shouldPauseAnAccountWhoseTokenIsNotInBotFathersFormWithoutQuotingIt() {
		String token = "7000000001:AAH secret/../../x?y=" + TOKEN;
		PublishOutcome outcome = TelegramAccounts.channel(this.telegram.baseUrl(), clock())
			.publisher("tg", TelegramAccounts.account(token, "@ofoqnews"))
			.publish(new OutgoingPost("tg", HEADLINE, null, null));

		assertThat(outcome).isInstanceOfSatisfying(AccountPaused.class, (paused) -> {
			assertThat(paused.pause().kind()).isEqualTo(Kind.CREDENTIALS);
			assertThat(paused.pause().why().key()).isEqualTo("telegram.pause.token");
		});
		assertThat(outcome.toString()).doesNotContain("AAH secret");
		this.telegram.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void shouldBlotTheTokenOutOfAnyMessageTheClientLetsOut() {
		BotApi bot = new BotApi(null, new TelegramSettings(null, null, null), TOKEN);

		assertThat(bot.hidden("connect to /bot" + TOKEN + "/sendMessage failed")).isEqualTo(
				"connect to /bot<bot-token>/sendMessage failed");
		TelegramAccounts.assertNoToken(bot);
		TelegramAccounts.assertNoToken(TelegramAccounts.channel(this.telegram.baseUrl(), clock())
			.publisher("tg", TelegramAccounts.account(TOKEN, "@ofoqnews")));
	}

	private PublishOutcome publish(String text, String image) {
		PublishOutcome outcome = TelegramAccounts.channel(this.telegram.baseUrl(), clock())
			.publisher("tg", TelegramAccounts.account(TOKEN, "@ofoqnews"))
			.publish(new OutgoingPost("tg", text, image, null, null, LINK, HEADLINE));
		TelegramAccounts.assertNoToken(outcome);
		return outcome;
	}

	private void answer(String method, ResponseDefinitionBuilder response) {
		this.telegram.stubFor(post(urlEqualTo(path(method))).willReturn(response));
	}

	private static ResponseDefinitionBuilder error(int status, String description) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
			.withBody("{\"ok\":false,\"error_code\":" + status + ",\"description\":\"" + description + "\"}");
	}

	private JsonNode request(String method) {
		List<LoggedRequest> requests = this.telegram
			.findAll(postRequestedFor(urlEqualTo(path(method))));
		assertThat(requests).hasSize(1);
		return JsonMapper.shared().readTree(new String(requests.get(0).getBody(), StandardCharsets.UTF_8));
	}

	private static String path(String method) {
		return "/bot" + TOKEN + "/" + method;
	}

	private static Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

}
