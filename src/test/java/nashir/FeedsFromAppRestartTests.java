package nashir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A feed made through the API outlives a restart: a new application on the same H2 file has it, paused as it was. */
class FeedsFromAppRestartTests {

	static final String PASSWORD = "restart-admin-password";

	@TempDir
	Path home;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void shouldKeepAnAppFeedAndItsPauseAcrossARestart() throws Exception {
		String yaml = "feed: https://ofoq.example.com/feed/\nevery: 5m\nsite: أفق نيوز\ntemplate: \"عاجل: {title}\\n{link}\"\n";
		try (ConfigurableApplicationContext first = start()) {
			HttpResponse<String> created = send(first, "POST", "/api/schedules",
					"{\"id\": \"akhbar\", \"yaml\": " + json(yaml) + "}");
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			assertThat(send(first, "POST", "/api/schedules/akhbar/pause", "").statusCode()).isEqualTo(200);
		}

		try (ConfigurableApplicationContext second = start()) {
			HttpResponse<String> exported = send(second, "GET", "/api/schedules/akhbar/yaml", null);
			assertThat(exported.statusCode()).isEqualTo(200);
			assertThat(exported.body()).isEqualTo(yaml);
			String cards = send(second, "GET", "/api/schedules", null).body();
			assertThat(cards).contains("\"id\":\"akhbar\"").contains("\"fromApp\":true").contains("\"paused\":true")
				.contains("أفق نيوز");
		}
	}

	private ConfigurableApplicationContext start() throws Exception {
		Path schedules = Files.createDirectories(home.resolve("schedules"));
		return new SpringApplicationBuilder(NashirApplication.class).run("--server.port=0",
				"--nashir.data-dir=" + home.resolve("data"),
				"--spring.datasource.url=jdbc:h2:file:" + home.resolve("data/nashir"),
				"--nashir.schedules-dir=" + schedules, "--nashir.feed.sweep=false", "--nashir.dispatcher.enabled=false",
				"--spring.quartz.auto-startup=false", "--nashir.accounts.main.dry-run=true",
				"--nashir.admin-password=" + PASSWORD);
	}

	private HttpResponse<String> send(ConfigurableApplicationContext app, String method, String path, String json)
			throws Exception {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
