package nashir.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import nashir.NashirTest;
import nashir.schedule.ScheduleCatalog;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Feeds made, changed, previewed, exported and deleted through {@code /api/schedules}, against the real parser and table. */
@NashirTest
@AutoConfigureMockMvc
class FeedsFromAppApiTests {

	static final String TEMPLATE = "عاجل من أفق: {title}\n{link}";

	@RegisterExtension
	static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ScheduleCatalog catalog;

	@BeforeEach
	void arabicFeed() throws Exception {
		site.stubFor(get(urlPathMatching("/.*")).willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
			.withBody(Files.readString(Path.of("src/test/resources/feeds/arabic-wordpress.xml")))));
		jdbc.sql("DELETE FROM audit_entry").update();
	}

	@AfterEach
	void noSchedules() {
		jdbc.sql("DELETE FROM feed_schedule").update();
	}

	@Test
	void shouldCreateEditExportAndDeleteAFeedAndAuditEach() throws Exception {
		as("EDITOR", post("/api/schedules").contentType(MediaType.APPLICATION_JSON).content("""
				{"id": "ofoq", "feed": "%s", "every": "2m", "accounts": ["main", "paced"],
				 "template": "عاجل من أفق: {title}\\n{link}", "mode": "review", "site": "أفق نيوز",
				 "hashtagsFromCategories": true, "hashtagsMax": "2", "excludeCategories": "رياضة، منوعات"}
				""".formatted(url())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.schedule.id").value("ofoq"))
			.andExpect(jsonPath("$.fromApp").value(true))
			.andExpect(jsonPath("$.schedule.accounts[1]").value("paced"))
			.andExpect(jsonPath("$.schedule.site").value("أفق نيوز"));
		assertThat(catalog.find("ofoq").orElseThrow().filter().excludeCategories()).containsExactly("رياضة", "منوعات");

		as("EDITOR", put("/api/schedules/ofoq").contentType(MediaType.APPLICATION_JSON)
			.content("{\"yaml\": \"feed: " + url() + "\\nevery: 5m\\naccount: night\\n\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.schedule.accounts[0]").value("night"));
		as("EDITOR", read("/api/schedules/ofoq/yaml"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"ofoq.yml\""))
			.andExpect(content().contentTypeCompatibleWith("application/yaml"))
			.andExpect(content().string("feed: " + url() + "\nevery: 5m\naccount: night\n"));
		as("EDITOR", delete("/api/schedules/ofoq")).andExpect(status().isNoContent());

		assertThat(catalog.find("ofoq")).isEmpty();
		as("EDITOR", delete("/api/schedules/ofoq")).andExpect(status().isNotFound());
		assertThat(audit()).containsExactly("nour:feed-create:ofoq", "nour:feed-edit:ofoq", "nour:feed-export:ofoq",
				"nour:feed-delete:ofoq");
		assertThat(jdbc.sql("SELECT text_after FROM audit_entry WHERE action = 'feed-create'").query(String.class)
			.single()).contains("template: |-\n  عاجل من أفق: {title}\n  {link}");
		assertThat(jdbc.sql("SELECT text_before FROM audit_entry WHERE action = 'feed-delete'").query(String.class)
			.single()).contains("account: night");
	}

	@Test
	void shouldExportEveryAppFeedAsItsFileInOneZip() throws Exception {
		String ofoq = "feed: " + url() + "\nevery: 5m\nsite: أفق نيوز\n";
		String sport = "feed: " + url() + "\nevery: 10m\naccount: paced\n";
		for (String[] feed : new String[][] { { "ofoq", ofoq }, { "sport", sport } }) {
			as("EDITOR", post("/api/schedules").contentType(MediaType.APPLICATION_JSON)
				.content("{\"id\": \"" + feed[0] + "\", \"yaml\": \"" + feed[1].replace("\n", "\\n") + "\"}"))
				.andExpect(status().isCreated());
		}

		byte[] zip = as("EDITOR", read("/api/schedules/export.zip"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"schedules.zip\""))
			.andReturn().getResponse().getContentAsByteArray();

		java.util.Map<String, String> files = new java.util.TreeMap<>();
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
			for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		assertThat(files).containsExactly(java.util.Map.entry("ofoq.yml", ofoq), java.util.Map.entry("sport.yml", sport));
		assertThat(audit()).endsWith("nour:feed-export:ofoq", "nour:feed-export:sport");
	}

	@Test
	void shouldRefuseABadDefinitionWithTheParsersFieldAndLine() throws Exception {
		as("EDITOR", post("/api/schedules").contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\": \"ofoq\", \"yaml\": \"feed: " + url() + "\\nevery: 5s\\n\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("ofoq.yml line 2: 'every' must be at least 10s, not 5s"));
		as("EDITOR", post("/api/schedules").contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\": \"ofoq\", \"feed\": \"" + url() + "\", \"every\": \"1m\", \"accounts\": [\"sport\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(startsWith("ofoq.yml line 4: unknown account 'sport'")));
		assertThat(catalog.all()).isEmpty();
		assertThat(audit()).isEmpty();
	}

	@Test
	void shouldRefuseTheIdOfAScheduleFileAndLeaveTheFilesRowAlone() throws Exception {
		jdbc.sql("INSERT INTO feed_schedule (id, origin, definition, content_hash, enabled, paused, every_ms, phase_ms,"
				+ " created_at, updated_at) VALUES ('sport', 'FILE', ?, 'h', TRUE, FALSE, 60000, 0, CURRENT_TIMESTAMP,"
				+ " CURRENT_TIMESTAMP)").params("feed: " + url() + "\nevery: 60s\n").update();
		String body = "{\"id\": \"sport\", \"yaml\": \"feed: " + url() + "\\nevery: 5m\\n\"}";

		as("EDITOR", post("/api/schedules").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("the id 'sport' is the schedule file sport.yml's; choose another"));
		as("EDITOR", put("/api/schedules/sport").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("schedule 'sport' comes from its file sport.yml; change it there"));
		as("EDITOR", delete("/api/schedules/sport")).andExpect(status().isConflict());
		assertThat(jdbc.sql("SELECT definition FROM feed_schedule WHERE id = 'sport'").query(String.class).single())
			.isEqualTo("feed: " + url() + "\nevery: 60s\n");
	}

	@Test
	void shouldLetViewersChangeNothing() throws Exception {
		String body = "{\"id\": \"ofoq\", \"yaml\": \"feed: " + url() + "\\nevery: 5m\\n\"}";
		as("VIEWER", post("/api/schedules").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		as("EDITOR", post("/api/schedules").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());

		as("VIEWER", put("/api/schedules/ofoq").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		as("VIEWER", delete("/api/schedules/ofoq")).andExpect(status().isForbidden());
		as("VIEWER", read("/api/schedules/ofoq/yaml"))
			.andExpect(status().isForbidden());
		as("VIEWER", read("/api/schedules/export.zip"))
			.andExpect(status().isForbidden());
		as("VIEWER", post("/api/schedules/preview").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		assertThat(catalog.find("ofoq")).isPresent();
		assertThat(audit()).containsExactly("nour:feed-create:ofoq");
	}

	@Test
	void shouldPreviewTheNextPostsWithoutStoringAnything() throws Exception {
		as("EDITOR", post("/api/schedules/preview").contentType(MediaType.APPLICATION_JSON)
			.content("{\"feed\": \"" + url() + "\", \"every\": \"5m\", \"template\": \"عاجل من أفق: {title}\\n{link}\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3)) // the fixture's usable stories, as preview prints them
			.andExpect(jsonPath("$[0].text").value(startsWith("عاجل من أفق: ")))
			.andExpect(jsonPath("$[0].weightedLength").isNumber())
			.andExpect(jsonPath("$[0].account").value("main"))
			.andExpect(jsonPath("$[0].network").value("x"))
			.andExpect(jsonPath("$[0].max").value(280))
			.andExpect(jsonPath("$[0].key").isString());
		site.stubFor(get(urlPathMatching("/gone")).willReturn(aResponse().withStatus(404)));
		as("EDITOR", post("/api/schedules/preview").contentType(MediaType.APPLICATION_JSON)
			.content("{\"feed\": \"http://localhost:" + site.getPort() + "/gone\", \"every\": \"5m\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("404")));
		assertThat(catalog.all()).isEmpty();
		assertThat(audit()).isEmpty();
	}

	private List<String> audit() {
		return jdbc.sql("SELECT username || ':' || action || ':' || target FROM audit_entry ORDER BY id")
			.query(String.class).list();
	}

	private static String url() {
		return "http://localhost:" + site.getPort() + "/feed";
	}

	/** A GET (WireMock's {@code get} has the short name here). */
	private static MockHttpServletRequestBuilder read(String path) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path);
	}

	private ResultActions as(String role, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user("nour").roles(role)).with(csrf()));
	}

}
