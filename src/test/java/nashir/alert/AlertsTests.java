package nashir.alert;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import nashir.NashirTest;
import nashir.feed.FeedPollFailed;
import nashir.feed.FeedRecovered;
import nashir.publish.AccountPause;
import nashir.queue.AccountPaused;
import nashir.queue.BudgetReached;
import nashir.queue.PostFailed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.mail.health.MailHealthIndicator;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Alerts from the events the queue and the feeds publish to a WireMock plain-JSON webhook, a
 * WireMock Slack webhook and a real SMTP conversation, each destination taking the events its
 * configuration switches on.
 */
@NashirTest
@ExtendWith(OutputCaptureExtension.class)
class AlertsTests {

	static final WireMockServer HOOKS = new WireMockServer(options().dynamicPort());

	static final SmtpServer SMTP;

	static final String JSON_PATH = "/hooks/nashir";

	/** Slack's URLs hold the token that lets anyone post to the channel: it must never reach the log. */
	static final String SLACK_PATH = "/services/T0001/B0001/s3cr3t-t0ken";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Instant AT = Instant.parse("2026-12-02T05:00:00Z");

	static final String TITLE = "عاجل: انطلاق مؤتمر الحوار الوطني في صنعاء بمشاركة واسعة";

	static {
		HOOKS.start();
		try {
			SMTP = new SmtpServer();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void destinations(DynamicPropertyRegistry properties) {
		properties.add("nashir.alerts.webhooks.ops.url", () -> HOOKS.baseUrl() + JSON_PATH);
		properties.add("nashir.alerts.webhooks.slack.url", () -> HOOKS.baseUrl() + SLACK_PATH);
		properties.add("nashir.alerts.webhooks.slack.format", () -> "slack");
		properties.add("nashir.alerts.webhooks.slack.events",
				() -> "account-paused,feed-failing,post-failed,budget-reached");
		properties.add("nashir.alerts.emails.desk.to", () -> "desk@ofoq.example.com,chief@ofoq.example.com");
		properties.add("nashir.alerts.emails.desk.events", () -> "account-paused,post-failed");
		properties.add("nashir.alerts.from", () -> "nashir@ofoq.example.com");
		properties.add("nashir.alerts.attempts", () -> "3");
		properties.add("nashir.alerts.first-retry", () -> "20ms");
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", SMTP::port);
	}

	@AfterAll
	static void stop() throws IOException {
		HOOKS.stop();
		SMTP.close();
	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void setUp() {
		HOOKS.resetAll();
		HOOKS.stubFor(post(urlPathMatching("/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
		SMTP.clear();
		jdbc.sql("DELETE FROM alert_read").update();
		jdbc.sql("DELETE FROM alert").update();
	}

	static Stream<Arguments> everyEvent() {
		return Stream.of(
				Arguments.of(new AccountPaused("main", AccountPause.Kind.CREDITS, "X answered 402 CreditsDepleted", AT),
						"account-paused", "أُوقف الحساب main مؤقتًا: نفد رصيده لدى X", true),
				Arguments.of(new FeedPollFailed("ofoq", 3, "feed \"ofoq\": the server answered HTTP 500", AT),
						"feed-failing", "فشلت قراءة الخلاصة ofoq 3 مرات على التوالي", true),
				Arguments.of(new FeedRecovered("ofoq", 4, AT), "feed-recovered",
						"عادت قراءة الخلاصة ofoq بعد 4 محاولات فاشلة", false),
				Arguments.of(new PostFailed(17, "main", TITLE, "X refused the post: Invalid Request", AT), "post-failed",
						"فشل المنشور رقم 17 على الحساب main: " + TITLE, true),
				Arguments.of(new BudgetReached("main", "ديسمبر", new BigDecimal("150.00"), new BigDecimal("150.20"), AT),
						"budget-reached", "نفدت ميزانية الحساب main لفترة ديسمبر: أُنفق 150.20$ من 150.00$", true));
	}

	@ParameterizedTest
	@MethodSource("everyEvent")
	void shouldPostEachEventAsPlainJsonAndToSlackWhenSwitchedOn(Object event, String kind, String arabic,
			boolean slackTakesIt) {
		events.publishEvent(event);

		JsonNode plain = JSON.readTree(await().until(() -> requests(JSON_PATH), (list) -> !list.isEmpty()).get(0).getBody());
		assertThat(plain.get("event").asString()).isEqualTo(kind);
		assertThat(plain.get("at").asString()).isEqualTo("2026-12-02T05:00:00Z");
		assertThat(plain.get("text").asString()).startsWith(arabic);
		if (slackTakesIt) {
			LoggedRequest slack = await().until(() -> requests(SLACK_PATH), (list) -> !list.isEmpty()).get(0);
			assertThat(slack.getHeader("Content-Type")).startsWith("application/json");
			JsonNode body = JSON.readTree(slack.getBody());
			assertThat(body.propertyNames()).containsExactly("text");
			assertThat(body.get("text").asString()).startsWith(arabic);
		}
		else {
			await().during(Duration.ofMillis(400)).until(() -> requests(SLACK_PATH).isEmpty());
		}
	}

	@Test
	void shouldNameEachArgumentInThePlainJson() {
		events.publishEvent(new PostFailed(17, "main", TITLE, "X refused the post: Invalid Request", AT));

		JsonNode plain = JSON.readTree(await().until(() -> requests(JSON_PATH), (list) -> !list.isEmpty()).get(0).getBody());
		assertThat(plain.get("post").asString()).isEqualTo("17");
		assertThat(plain.get("account").asString()).isEqualTo("main");
		assertThat(plain.get("title").asString()).isEqualTo(TITLE);
		assertThat(plain.get("detail").asString()).isEqualTo("X refused the post: Invalid Request");
	}

	@Test
	void shouldEscapeWhatSlackReadsAsLinksAndMentions() {
		events.publishEvent(new PostFailed(18, "main", "<!channel> عاجل & هام", "refused", AT));

		JsonNode body = JSON.readTree(await().until(() -> requests(SLACK_PATH), (list) -> !list.isEmpty()).get(0).getBody());
		assertThat(body.get("text").asString()).contains("&lt;!channel&gt; عاجل &amp; هام").doesNotContain("<!channel>");
	}

	@Test
	void shouldEmailEveryRecipientThroughARealSmtpConversation() throws Exception {
		events.publishEvent(new AccountPaused("main", AccountPause.Kind.CREDENTIALS, "X answered 401 Unauthorized", AT));

		SmtpServer.Received mail = await().until(SMTP::received, (list) -> !list.isEmpty()).get(0);
		assertThat(mail.recipients()).containsExactlyInAnyOrder("desk@ofoq.example.com", "chief@ofoq.example.com");
		assertThat(mail.message().getFrom()[0].toString()).isEqualTo("nashir@ofoq.example.com");
		assertThat(mail.message().getSubject()).isEqualTo("أُوقف الحساب main مؤقتًا: رفضت X بيانات اعتماده");
		assertThat((String) mail.message().getContent()).contains("X answered 401 Unauthorized");
	}

	@Test
	void shouldNotSendAnEventToADestinationThatSwitchedItOff() {
		events.publishEvent(new FeedRecovered("ofoq", 5, AT));
		events.publishEvent(new BudgetReached("main", "2026-12-02", BigDecimal.TEN, new BigDecimal("10.20"), AT));

		await().until(() -> requests(JSON_PATH).size() == 2);
		await().during(Duration.ofMillis(400)).until(() -> requests(SLACK_PATH).size() == 1);
		assertThat(JSON.readTree(requests(SLACK_PATH).get(0).getBody()).get("text").asString()).contains("ميزانية");
		assertThat(SMTP.received()).as("the desk takes only paused accounts and failed posts").isEmpty();
	}

	@Test
	void shouldAlertAFailingFeedOncePerSpellAndWhenItRecovers() {
		for (int failures = 1; failures <= 6; failures++) {
			events.publishEvent(new FeedPollFailed("ofoq", failures, "feed \"ofoq\": the server answered HTTP 500", AT));
		}
		events.publishEvent(new FeedRecovered("ofoq", 6, AT));
		events.publishEvent(new FeedPollFailed("sanaa", 2, "feed \"sanaa\": timeout", AT));
		events.publishEvent(new FeedRecovered("sanaa", 2, AT));

		await().during(Duration.ofMillis(400)).until(() -> requests(JSON_PATH).size() == 2);
		assertThat(requests(JSON_PATH)).extracting((request) -> JSON.readTree(request.getBody()).get("event").asString())
			.containsExactlyInAnyOrder("feed-failing", "feed-recovered");
		assertThat(jdbc.sql("SELECT kind FROM alert").query(String.class).list())
			.containsExactlyInAnyOrder("FEED_FAILING", "FEED_RECOVERED");
	}

	@Test
	void shouldRetryAWebhookThatFailsThenDeliverWithoutComplaint(CapturedOutput output) {
		HOOKS.stubFor(post(urlEqualTo(JSON_PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("up").willReturn(aResponse().withStatus(503)));
		HOOKS.stubFor(post(urlEqualTo(JSON_PATH)).inScenario("flaky").whenScenarioStateIs("up")
			.willReturn(aResponse().withStatus(204)));

		events.publishEvent(new PostFailed(19, "main", TITLE, "gave up after 6 attempts", AT));

		await().until(() -> requests(JSON_PATH).size() == 2);
		await().during(Duration.ofMillis(300)).until(() -> requests(JSON_PATH).size() == 2);
		assertThat(output.getAll()).doesNotContain("alert_undelivered");
	}

	@Test
	void shouldLogAWebhookThatNeverAnswersOnceAndWithoutItsUrl(CapturedOutput output) {
		HOOKS.stubFor(post(urlEqualTo(SLACK_PATH)).willReturn(aResponse().withStatus(500)));

		events.publishEvent(new PostFailed(20, "main", TITLE, "gave up after 6 attempts", AT));

		await().until(() -> output.getAll().contains("event=alert_undelivered"));
		await().during(Duration.ofMillis(300)).until(() -> requests(SLACK_PATH).size() == 3);
		List<String> lines = output.getAll().lines().filter((line) -> line.contains("alert_undelivered")).toList();
		assertThat(lines).singleElement().asString()
			.contains("to=\"webhook slack\"", "kind=post-failed", "attempts=3", "answered 500");
		assertThat(output.getAll()).doesNotContain("s3cr3t-t0ken");
	}

	@Test
	void shouldAlertNothingOfAChangeThatWasRolledBack() {
		transaction.executeWithoutResult((status) -> {
			events.publishEvent(new PostFailed(21, "main", TITLE, "refused", AT));
			status.setRollbackOnly();
		});
		transaction.executeWithoutResult((status) -> events.publishEvent(new PostFailed(22, "main", TITLE, "refused", AT)));

		await().until(() -> requests(JSON_PATH).size() == 1);
		await().during(Duration.ofMillis(300)).until(() -> requests(JSON_PATH).size() == 1);
		assertThat(JSON.readTree(requests(JSON_PATH).get(0).getBody()).get("post").asString()).isEqualTo("22");
	}

	@Test
	void shouldKeepTheSmtpServerOutOfTheServiceHealth() {
		assertThat(context.getBeanNamesForType(MailHealthIndicator.class)).isEmpty();
	}

	private static List<LoggedRequest> requests(String path) {
		return HOOKS.findAll(postRequestedFor(urlEqualTo(path)));
	}

}
