package nashir.web;

import nashir.NashirTest;
import nashir.queue.AccountStates;
import nashir.queue.PostQueue;
import nashir.queue.PostStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The REST API against the real queue and database. */
@NashirTest
@AutoConfigureMockMvc
class ApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PostQueue queue;

	@Autowired
	AccountStates accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyQueue() {
		jdbc.sql("DELETE FROM post_event").update();
		jdbc.sql("DELETE FROM post").update();
		jdbc.sql("DELETE FROM account_state").update();
		jdbc.sql("DELETE FROM audit_entry").update();
	}

	@Test
	void shouldQueueAManualPostForEachAccount() throws Exception {
		asEditor(post("/api/posts").contentType(MediaType.APPLICATION_JSON).content("""
				{"text": "عاجل: اتفاق على إطلاق حوار شامل https://ofoq.example.com/?p=1",
				 "accounts": ["main", "paced"], "imageUrl": "https://ofoq.example.com/a.jpg",
				 "dueAt": "2026-12-01T08:00:00+03:00", "urgent": true}
				"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].status").value("QUEUED"))
			.andExpect(jsonPath("$[0].dueAt").value("2026-12-01T05:00:00Z"))
			.andExpect(jsonPath("$[0].urgent").value(true))
			.andExpect(jsonPath("$[1].account").value("paced"));
		assertThat(queue.latest(10)).allSatisfy(post -> {
			assertThat(post.status()).isEqualTo(PostStatus.QUEUED);
			assertThat(post.imageUrl()).isEqualTo("https://ofoq.example.com/a.jpg");
			assertThat(post.scheduleId()).isNull();
		});
		assertThat(audit()).containsExactly("nour:compose", "nour:compose");
	}

	@Test
	void shouldRefuseAManualPostXWouldRefuseOrForAnUnknownAccount() throws Exception {
		asEditor(post("/api/posts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"" + "خبر ".repeat(80) + "\", \"accounts\": [\"main\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("320 of 280")));
		asEditor(post("/api/posts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"خبر\", \"accounts\": [\"nobody\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("no account 'nobody'")));
		assertThat(queue.latest(10)).isEmpty();
	}

	@Test
	void shouldShowEachAccountAndResumeAPausedOne() throws Exception {
		jdbc.sql("INSERT INTO account_state (account, paused, paused_reason, updated_at) "
				+ "VALUES ('main', TRUE, 'X refused the credentials', CURRENT_TIMESTAMP)").update();
		asEditor(get("/api/accounts"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].account").value("main"))
			.andExpect(jsonPath("$[0].state").value("PAUSED"))
			.andExpect(jsonPath("$[0].pause.kind").value("CREDENTIALS"))
			.andExpect(jsonPath("$[0].pause.reason").value("X refused the credentials"))
			.andExpect(jsonPath("$[?(@.account == 'paced')].dailyCap").value(2))
			.andExpect(jsonPath("$[?(@.account == 'night')].state").value("OK"));
		asEditor(post("/api/accounts/main/resume"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("OK"));
		asEditor(post("/api/accounts/nobody/resume")).andExpect(status().isNotFound());
		assertThat(audit()).containsExactly("nour:account-resume");
	}

	@Test
	void shouldShowWhyXPausedAnAccountAndWhenItTriesAgain() throws Exception {
		jdbc.sql("INSERT INTO account_state (account, paused, pause_kind, paused_reason, paused_at, probe_at, updated_at) "
				+ "VALUES ('main', TRUE, 'CREDITS', 'X takes no more posts from account ''main'' until credits are added "
				+ "(402 CreditsDepleted)', TIMESTAMP WITH TIME ZONE '2026-11-29 08:00:00+00', "
				+ "TIMESTAMP WITH TIME ZONE '2026-11-29 08:15:00+00', CURRENT_TIMESTAMP)").update();
		asEditor(get("/api/accounts"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].account").value("main"))
			.andExpect(jsonPath("$[0].state").value("PAUSED"))
			.andExpect(jsonPath("$[0].pause.kind").value("CREDITS"))
			.andExpect(jsonPath("$[0].pause.reason").value(containsString("402 CreditsDepleted")))
			.andExpect(jsonPath("$[0].pausedAt").value("2026-11-29T08:00:00Z"))
			.andExpect(jsonPath("$[0].nextProbeAt").value("2026-11-29T08:15:00Z"));
	}

	private java.util.List<String> audit() {
		return jdbc.sql("SELECT username || ':' || action FROM audit_entry ORDER BY id").query(String.class).list();
	}

	/** The API as a logged-in editor sees it (a session, so with the CSRF token a page would send). */
	private ResultActions asEditor(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user("nour").roles("EDITOR")).with(csrf()));
	}

}
