package nashir.ops;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;

import io.micrometer.core.instrument.MeterRegistry;
import nashir.NashirTest;
import nashir.TestClock;
import nashir.queue.NewPost;
import nashir.queue.PostQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@NashirTest
@AutoConfigureMockMvc
class OpsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	QueueMetrics metrics;

	@Autowired
	MeterRegistry registry;

	@Autowired
	PostQueue queue;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void empty() {
		jdbc.sql("DELETE FROM post_event").update();
		jdbc.sql("DELETE FROM post").update();
		jdbc.sql("DELETE FROM account_state").update();
	}

	@Test
	void shouldShowEachAccountInHealth() throws Exception {
		jdbc.sql("INSERT INTO account_state (account, paused, paused_reason, updated_at) "
				+ "VALUES ('main', TRUE, 'X refused the credentials of account main', CURRENT_TIMESTAMP)").update();
		jdbc.sql("INSERT INTO account_state (account, blocked_until, updated_at) VALUES ('paced', ?, CURRENT_TIMESTAMP)")
			.param(clock.instant().plus(Duration.ofMinutes(5)).atOffset(java.time.ZoneOffset.UTC))
			.update();
		mvc.perform(get("/actuator/health").with(user("ops").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.accounts.details.main.state").value("paused"))
			.andExpect(jsonPath("$.components.accounts.details.main.reason").value("X refused the credentials of account main"))
			.andExpect(jsonPath("$.components.accounts.details.paced.state").value("rate_limited"));
	}

	@Test
	void shouldShowWhyXPausedAnAccountAndWhenItTriesAgainInHealth() throws Exception {
		jdbc.sql("INSERT INTO account_state (account, paused, pause_kind, paused_reason, paused_at, probe_at, updated_at) "
				+ "VALUES ('main', TRUE, 'CREDITS', 'X takes no more posts from account ''main'' until credits are added "
				+ "(402 CreditsDepleted)', TIMESTAMP WITH TIME ZONE '2026-11-29 08:00:00+00', "
				+ "TIMESTAMP WITH TIME ZONE '2026-11-29 08:15:00+00', CURRENT_TIMESTAMP)").update();
		mvc.perform(get("/actuator/health").with(user("ops").roles("VIEWER")))
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.accounts.details.main.state").value("paused"))
			.andExpect(jsonPath("$.components.accounts.details.main.pause").value("credits"))
			.andExpect(jsonPath("$.components.accounts.details.main.reason")
				.value("X takes no more posts from account 'main' until credits are added (402 CreditsDepleted)"))
			.andExpect(jsonPath("$.components.accounts.details.main.since").value("2026-11-29T08:00:00Z"))
			.andExpect(jsonPath("$.components.accounts.details.main.nextProbe").value("2026-11-29T08:15:00Z"));
	}

	@Test
	void shouldShowOnlyTheStatusToAnonymousCallers() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void shouldCountWhatXChargedEachAccountInPrometheus() throws Exception {
		for (String cost : new String[] { "0.2000", "0.0150", null }) {
			jdbc.sql("INSERT INTO post (account, text, status, due_at, detected_at, created_at, updated_at, published_at, "
					+ "cost_usd) VALUES ('main', 'خبر', 'PUBLISHED', :now, :now, :now, :now, :now, :cost)")
				.param("now", clock.instant().atOffset(ZoneOffset.UTC))
				.param("cost", cost == null ? null : new BigDecimal(cost))
				.update();
		}
		metrics.refresh();
		mvc.perform(get("/actuator/prometheus").with(user("ops").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nashir_spend_usd_total{account=\"main\"} 0.215")))
			.andExpect(content().string(containsString("nashir_spend_usd_total{account=\"paced\"} 0.0")));
	}

	@Test
	void shouldCountPostsByAccountAndStateAndTheQueueDepth() {
		for (int i = 0; i < 3; i++) {
			queue.enqueue(new NewPost("ofoq", "main", "k" + i, "t", null, "خبر " + i, null, i == 0, false,
					clock.instant(), null, clock.instant()), "new story");
		}
		metrics.refresh();
		assertThat(registry.get("nashir.posts").tags("account", "main", "status", "QUEUED").gauge().value()).isEqualTo(2);
		assertThat(registry.get("nashir.posts").tags("account", "main", "status", "REVIEW").gauge().value()).isEqualTo(1);
		assertThat(registry.get("nashir.queue.depth").tags("account", "main").gauge().value()).isEqualTo(3);
	}

}
