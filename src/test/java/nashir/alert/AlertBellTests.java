package nashir.alert;

import java.time.Instant;

import nashir.NashirTest;
import nashir.publish.AccountPause;
import nashir.queue.AccountPaused;
import nashir.queue.PostFailed;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The header's bell and {@code /alerts} in the real application: each user's unread count and read marks. */
@NashirTest
@AutoConfigureMockMvc
class AlertBellTests {

	static final Instant AT = Instant.parse("2026-12-02T05:00:00Z");

	static final String TITLE = "عاجل: انطلاق مؤتمر الحوار الوطني في صنعاء بمشاركة واسعة";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AlertInbox inbox;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noAlerts() {
		jdbc.sql("DELETE FROM alert_read").update();
		jdbc.sql("DELETE FROM alert").update();
	}

	/** Through the events the queue publishes, as in the running service. */
	private void twoAlerts() {
		events.publishEvent(new AccountPaused("main", AccountPause.Kind.CREDITS, "X answered 402 CreditsDepleted", AT));
		events.publishEvent(new PostFailed(17, "main", TITLE, "X refused the post: Invalid Request", AT));
		await().until(() -> inbox.unread("layla") == 2);
	}

	@Test
	void shouldShowTheUnreadCountInTheHeaderOfEveryPage() throws Exception {
		Document queue = page("layla", get("/queue"));
		assertThat(queue.select("header a.bell").attr("href")).isEqualTo("/alerts");
		assertThat(queue.select("header a.bell .count")).isEmpty();

		twoAlerts();

		Document feeds = page("layla", get("/feeds").param("lang", "en"));
		assertThat(feeds.select("header a.bell.unread .count").text()).isEqualTo("2");
		assertThat(feeds.select("header a.bell").attr("title")).isEqualTo("Alerts: 2 unread");
		assertThat(page("layla", get("/log").param("lang", "ar")).select("header a.bell").attr("aria-label"))
			.isEqualTo("التنبيهات: 2 غير مقروءة");
	}

	@Test
	void shouldListTheAlertsInEachLanguageAndMarkThemReadPerUser() throws Exception {
		twoAlerts();
		long paused = jdbc.sql("SELECT id FROM alert WHERE kind = 'ACCOUNT_PAUSED'").query(Long.class).single();

		Document arabic = page("layla", get("/alerts").param("lang", "ar"));
		assertThat(arabic.select("tr.unread strong").eachText()).containsExactlyInAnyOrder(
				"أُوقف الحساب main مؤقتًا: نفد رصيده لدى X", "فشل المنشور رقم 17 على الحساب main: " + TITLE);
		assertThat(arabic.select("tr.unread .detail").eachText()).contains("X refused the post: Invalid Request");
		assertThat(page("layla", get("/alerts").param("lang", "en")).select("tr.unread strong").eachText())
			.contains("Account main is paused: its X credits are spent");

		mvc.perform(post("/alerts/" + paused + "/read").with(user("layla").roles("VIEWER")).with(csrf()))
			.andExpect(redirectedUrl("/alerts"));
		assertThat(inbox.unread("layla")).isEqualTo(1);
		assertThat(inbox.unread("nour")).as("read marks are each user's own").isEqualTo(2);
		Document afterOne = page("layla", get("/alerts"));
		assertThat(afterOne.select("tr#alert-" + paused).hasClass("read")).isTrue();
		assertThat(afterOne.select("tr.unread")).hasSize(1);

		mvc.perform(post("/alerts/read").with(user("layla").roles("VIEWER")).with(csrf()))
			.andExpect(redirectedUrl("/alerts"));
		assertThat(page("layla", get("/queue")).select("header a.bell .count")).isEmpty();
		assertThat(page("nour", get("/alerts")).select("tr.unread")).hasSize(2);
	}

	private Document page(String username, MockHttpServletRequestBuilder request) throws Exception {
		String html = mvc.perform(request.with(user(username).roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
