package nashir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole path, as a newsroom runs it: the real application (HTTP, H2 file database, Quartz)
 * against a WireMock news site and a WireMock X.
 */
class EndToEndTests {

	/** The first admin's password on the fresh database (NASHIR_ADMIN_PASSWORD): the pages need a login. */
	private static final String ADMIN_PASSWORD = "e2e-admin-password";

	@TempDir
	Path home;

	WireMockServer site = new WireMockServer(options().dynamicPort());

	WireMockServer x = new WireMockServer(options().dynamicPort());

	ConfigurableApplicationContext app;

	@BeforeEach
	void start() throws IOException {
		site.start();
		x.start();
		x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"data\":{\"id\":\"1862000000000000001\",\"text\":\"…\"}}")));
		Files.createDirectories(home.resolve("schedules"));
		Files.writeString(home.resolve("schedules/broken.yml"), """
				feed: http://localhost:%d/not-a-feed/
				every: 1s
				""".formatted(site.port()));
		site.stubFor(get("/not-a-feed/").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=UTF-8")
			.withBody("<!DOCTYPE html><html><body><h1>أفق نيوز</h1></body></html>")));
		Files.writeString(home.resolve("schedules/ofoq.yml"), """
				feed: http://localhost:%d/feed/
				every: 1s
				account: main
				template: "{title}\\n{link}"
				""".formatted(site.port()));
	}

	@AfterEach
	void stop() {
		if (app != null) {
			app.close();
		}
		site.stop();
		x.stop();
	}

	@Test
	void shouldPostOnlyNewStoriesOldestFirstAndNeverAgainAfterARestart() throws Exception {
		serveFeedWith(5);
		app = startNashir();
		awaitPolls(2);
		assertThat(tweets()).as("the first poll takes a baseline and posts nothing").isEmpty();

		serveFeedWith(7);
		await().atMost(Duration.ofSeconds(30)).until(() -> tweets().size() == 2);
		List<String> texts = tweets().stream().map(LoggedRequest::getBodyAsString).toList();
		assertThat(texts.get(0)).contains(headline(6)).doesNotContain(headline(7));
		assertThat(texts.get(1)).contains(headline(7));
		assertThat(tweets().get(0).getHeader("Authorization")).startsWith("OAuth ");

		awaitPolls(3);
		assertThat(tweets()).hasSize(2);
		String api = fetch("/api/posts");
		assertThat(api).contains("\"status\":\"PUBLISHED\"").contains("1862000000000000001").contains(headline(7));
		assertThat(fetch("/")).contains(headline(6)).contains("dir=\"rtl\"").contains("متعثرة");
		String feeds = fetch("/api/feeds");
		assertThat(feeds).contains("\"scheduleId\":\"ofoq\"").contains("\"consecutiveFailures\":0")
			.contains("\"scheduleId\":\"broken\"").contains("HTML");

		app.close();
		app = startNashir();
		awaitPolls(3);
		assertThat(tweets()).as("a restart on the same database posts nothing again").hasSize(2);
	}

	private ConfigurableApplicationContext startNashir() {
		return new SpringApplicationBuilder(NashirApplication.class).run("--server.port=0",
				"--nashir.data-dir=" + home.resolve("data"), "--nashir.schedules-dir=" + home.resolve("schedules"),
				"--nashir.schedules-min-every=1s",
				"--nashir.x.api-base-url=http://localhost:" + x.port(), "--nashir.dispatcher.interval=100ms",
				"--nashir.accounts.main.consumer-key=ck-e2e", "--nashir.accounts.main.consumer-secret=cs-e2e",
				"--nashir.accounts.main.access-token=at-e2e", "--nashir.accounts.main.access-token-secret=as-e2e",
				"--nashir.admin-password=" + ADMIN_PASSWORD);
	}

	private void awaitPolls(int more) {
		int seen = site.findAll(getRequestedFor(urlEqualTo("/feed/"))).size();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> site.findAll(getRequestedFor(urlEqualTo("/feed/"))).size() >= seen + more);
	}

	private List<LoggedRequest> tweets() {
		return x.findAll(postRequestedFor(urlEqualTo("/2/tweets")));
	}

	private String fetch(String path) throws Exception {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static String headline(int n) {
		return TestFeeds.headline(n);
	}

	private void serveFeedWith(int count) {
		TestFeeds.serve(site, "/feed/", count);
	}

}
