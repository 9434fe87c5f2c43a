package nashir.web;

import java.time.Duration;
import java.util.Base64;

import nashir.NashirTest;
import nashir.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Logins and sessions against the real users table: a change to a user ends their sessions at their
 * next request; failed logins slow down per account and per address, form and HTTP Basic alike.
 */
@NashirTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SessionsTests {

	static final String PASSWORD = "كلمة سر المحررة الطويلة";

	static final String POST = "{\"text\": \"عاجل: اتفاق على إطلاق حوار شامل\", \"accounts\": [\"main\"]}";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@BeforeEach
	void oneEditor() {
		jdbc.sql("DELETE FROM web_user WHERE username LIKE 'sara%'").update();
		users.create("sara", PASSWORD, Role.EDITOR, "admin");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "disabled", "made a viewer", "given a new password" })
	void shouldEndTheSessionsOfAUserAnAdminChanged(String change) throws Exception {
		MockHttpSession browser = logIn("sara", "198.51.100.10");
		MockHttpSession script = logIn("sara", "198.51.100.10");
		mvc.perform(post("/api/posts").session(script).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(POST))
			.andExpect(status().isCreated());

		switch (change) {
			case "disabled" -> users.change("sara", Role.EDITOR, false, "admin");
			case "made a viewer" -> users.change("sara", Role.VIEWER, true, "admin");
			default -> users.setPassword("sara", "a brand new long password", "admin");
		}

		mvc.perform(post("/api/posts").session(script).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(POST))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/queue").session(browser).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
		assertThat(browser.isInvalid()).isTrue();
		assertThat(script.isInvalid()).isTrue();
	}

	@Test
	void shouldKeepTheSessionWhenAnAdminSavesTheUserUnchanged() throws Exception {
		MockHttpSession session = logIn("sara", "198.51.100.11");
		users.change("sara", Role.EDITOR, true, "admin");
		mvc.perform(get("/queue").session(session)).andExpect(status().isOk());
	}

	@Test
	void shouldRefuseHttpBasicForADisabledUser() throws Exception {
		mvc.perform(get("/api/posts").header("Authorization", basic("sara", PASSWORD))).andExpect(status().isOk());
		users.change("sara", Role.EDITOR, false, "admin");
		mvc.perform(get("/api/posts").header("Authorization", basic("sara", PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void shouldSlowDownFailedFormLoginsAndLogThemWithoutThePassword(CapturedOutput output) throws Exception {
		String address = "203.0.113.20";
		for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
			mvc.perform(loginForm("sara", "wrong password " + i, address)).andExpect(redirectedUrl("/login?error"));
		}
		// The right password now, but during the wait: refused without being checked.
		mvc.perform(loginForm("sara", PASSWORD, address)).andExpect(redirectedUrl("/login?throttled"));
		// The account waits on any address.
		mvc.perform(loginForm("sara", PASSWORD, "203.0.113.21"))
			.andExpect(redirectedUrl("/login?throttled"));

		clock.advance(LoginThrottle.FIRST_WAIT);
		mvc.perform(loginForm("sara", PASSWORD, address)).andExpect(redirectedUrl("/queue"));
		// A success starts the count again.
		mvc.perform(loginForm("sara", "wrong again", address))
			.andExpect(redirectedUrl("/login?error"));

		assertThat(output).contains("event=login_failed user=sara address=203.0.113.20 failures=5")
			.contains("event=login_refused user=sara address=203.0.113.21")
			.doesNotContain("wrong password")
			.doesNotContain(PASSWORD);
	}

	@Test
	void shouldAnswerHttpBasicWith429WhileAnAddressWaits() throws Exception {
		for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
			String name = "sara-" + i;
			mvc.perform(get("/api/posts").header("Authorization", basic(name, "guess")).with(from("203.0.113.30")))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/posts").header("Authorization", basic("sara", PASSWORD)).with(from("203.0.113.30")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "1"));
		// Another address, another account: not held up.
		mvc.perform(get("/api/posts").header("Authorization", basic("sara", PASSWORD)).with(from("203.0.113.31")))
			.andExpect(status().isOk());
		clock.advance(Duration.ofSeconds(1));
		mvc.perform(get("/api/posts").header("Authorization", basic("sara", PASSWORD)).with(from("203.0.113.30")))
			.andExpect(status().isOk());
	}

	private MockHttpSession logIn(String username, String address) throws Exception {
		MvcResult result = mvc.perform(loginForm(username, PASSWORD, address)).andExpect(redirectedUrl("/queue")).andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private static MockHttpServletRequestBuilder loginForm(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes());
	}

}
