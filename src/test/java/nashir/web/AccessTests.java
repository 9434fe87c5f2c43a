package nashir.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nashir.queue.PostStatus;
import nashir.schedule.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every role against every endpoint: denied means 403, or for someone not logged in the login page (pages) or 401 (API). */
class AccessTests extends WebSlice {

	/** The least role that may use each endpoint; {@code null}: anyone, logged in or not. */
	static final List<Object[]> ENDPOINTS = List.of(
			// pages
			e("GET", "/", Role.VIEWER), e("GET", "/queue", Role.VIEWER), e("GET", "/review", Role.EDITOR),
			e("GET", "/compose", Role.EDITOR), e("POST", "/compose", Role.EDITOR),
			e("POST", "/compose/preview", Role.EDITOR), e("GET", "/feeds", Role.VIEWER),
			e("POST", "/feeds/ofoq/pause", Role.EDITOR), e("POST", "/feeds/ofoq/resume", Role.EDITOR),
			e("POST", "/feeds/ofoq/poll", Role.EDITOR), e("GET", "/feeds/new", Role.EDITOR),
			e("POST", "/feeds/new", Role.EDITOR), e("GET", "/feeds/ofoq/edit", Role.EDITOR),
			e("POST", "/feeds/ofoq/edit", Role.EDITOR), e("POST", "/feeds/ofoq/delete", Role.EDITOR), e("GET", "/log", Role.VIEWER), e("GET", "/log.csv", Role.VIEWER),
			e("GET", "/dashboard", Role.VIEWER), e("GET", "/dashboard/data", Role.VIEWER), e("GET", "/audit", Role.EDITOR),
			e("GET", "/calendar", Role.VIEWER),
			e("GET", "/users", Role.ADMIN), e("POST", "/users", Role.ADMIN), e("POST", "/users/layla", Role.ADMIN),
			e("POST", "/users/layla/password", Role.ADMIN), e("GET", "/accounts", Role.ADMIN),
			e("POST", "/accounts/ofoq", Role.ADMIN), e("POST", "/accounts/ofoq/delete", Role.ADMIN),
			e("POST", "/accounts/x-app", Role.ADMIN), e("POST", "/posts/1/approve", Role.EDITOR),
			e("POST", "/posts/1/hold", Role.EDITOR), e("POST", "/posts/1/cancel", Role.EDITOR),
			e("POST", "/posts/1/now", Role.EDITOR), e("POST", "/posts/1/urgent", Role.EDITOR),
			e("POST", "/posts/1/budget", Role.EDITOR), e("POST", "/api/posts/1/budget-override", Role.EDITOR),
			e("POST", "/posts/1/reschedule", Role.EDITOR), e("POST", "/posts/1/text", Role.EDITOR),
			e("POST", "/posts/1/retry", Role.EDITOR), e("POST", "/posts/1/restore", Role.EDITOR),
			e("POST", "/posts/bulk", Role.EDITOR), e("POST", "/length", Role.VIEWER),
			// API
			e("GET", "/api/posts", Role.VIEWER), e("GET", "/api/posts/1", Role.VIEWER),
			e("GET", "/api/posts/1/events", Role.VIEWER), e("GET", "/api/posts/1/length", Role.VIEWER), e("GET", "/api/queue", Role.VIEWER),
			e("GET", "/api/review", Role.EDITOR), e("GET", "/api/log", Role.VIEWER), e("GET", "/api/stats", Role.VIEWER),
			e("GET", "/api/audit", Role.EDITOR), e("GET", "/api/schedules", Role.VIEWER),
			e("GET", "/api/schedules/problems", Role.VIEWER), e("POST", "/api/schedules/ofoq/pause", Role.EDITOR),
			e("POST", "/api/schedules/ofoq/resume", Role.EDITOR), e("POST", "/api/schedules/ofoq/poll", Role.EDITOR),
			e("POST", "/api/schedules", Role.EDITOR), e("PUT", "/api/schedules/ofoq", Role.EDITOR),
			e("DELETE", "/api/schedules/ofoq", Role.EDITOR), e("GET", "/api/schedules/ofoq/yaml", Role.EDITOR),
			e("GET", "/api/schedules/export.zip", Role.EDITOR),
			e("POST", "/api/schedules/preview", Role.EDITOR),
			e("POST", "/api/posts/1/approve", Role.EDITOR), e("POST", "/api/posts/1/hold", Role.EDITOR),
			e("POST", "/api/posts/1/cancel", Role.EDITOR), e("POST", "/api/posts/1/post-now", Role.EDITOR),
			e("POST", "/api/posts/1/urgent", Role.EDITOR), e("POST", "/api/posts/1/reschedule", Role.EDITOR),
			e("POST", "/api/posts/1/text", Role.EDITOR), e("POST", "/api/posts/1/retry", Role.EDITOR),
			e("POST", "/api/length", Role.VIEWER), e("GET", "/api/users", Role.ADMIN), e("POST", "/api/users", Role.ADMIN),
			e("POST", "/api/users/layla", Role.ADMIN), e("GET", "/api/docs", Role.VIEWER),
			e("GET", "/actuator/prometheus", Role.VIEWER), e("POST", "/api/posts", Role.EDITOR),
			e("GET", "/api/accounts", Role.VIEWER), e("GET", "/api/feeds", Role.VIEWER), e("POST", "/api/accounts/main/resume", Role.EDITOR),
			e("POST", "/dashboard/accounts/main/resume", Role.EDITOR), e("GET", "/alerts", Role.VIEWER),
			e("POST", "/alerts/read", Role.VIEWER), e("POST", "/alerts/1/read", Role.VIEWER),
			e("GET", "/accounts/x", Role.ADMIN), e("POST", "/accounts/x/connect", Role.ADMIN),
			e("POST", "/accounts/x/reconnect/main", Role.ADMIN), e("GET", "/accounts/x/pin", Role.ADMIN),
			e("POST", "/accounts/x/pin", Role.ADMIN), e("GET", "/accounts/x/callback", Role.ADMIN),
			// open to all
			e("GET", "/login", null), e("GET", "/actuator/health", null), e("POST", "/websub/ofoq", null));

	static Object[] e(String method, String path, Role least) {
		return new Object[] { method, path, least };
	}

	static Stream<Arguments> everyRoleAgainstEveryEndpoint() {
		List<Arguments> cases = new ArrayList<>();
		for (Object[] endpoint : ENDPOINTS) {
			cases.add(Arguments.of(endpoint[0], endpoint[1], endpoint[2], null));
			for (Role role : Role.values()) {
				cases.add(Arguments.of(endpoint[0], endpoint[1], endpoint[2], role));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} as {3}")
	@MethodSource("everyRoleAgainstEveryEndpoint")
	void shouldLetInOnlyTheRolesAllowed(String method, String path, Role least, Role role) throws Exception {
		Schedule feed = mock(Schedule.class);
		given(feed.id()).willReturn("ofoq");
		given(feedChanges.create(any(), anyString())).willReturn(feed);
		given(feedChanges.form("ofoq")).willReturn(FeedForm.blank());
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).with(csrf())
			.accept(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML)
			.contentType(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED)
			.content(path.startsWith("/api/") ? "{\"text\":\"نص\",\"urgent\":true}" : "")
			.param("for", "1")
			.param("urgent", "true")
			.param("username", "layla")
			.param("password", "a long enough password")
			.param("role", "EDITOR");
		if (role != null) {
			request.with(user("someone").roles(role.name()));
		}
		MvcResult result = mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		boolean toLogin = status == 302 && location != null && location.endsWith("/login");
		boolean allowed = least == null || (role != null && role.ordinal() <= least.ordinal());
		if (allowed) {
			assertThat(status).as("status").isNotIn(401, 403);
			assertThat(toLogin).as("sent to the login page").isFalse();
		}
		else if (role == null) {
			assertThat(toLogin || status == 401).as("anonymous denied, status %d", status).isTrue();
		}
		else {
			assertThat(status).isEqualTo(403);
		}
	}

	@Test
	void shouldRefuseAFormWithoutItsCsrfToken() throws Exception {
		mvc.perform(post("/posts/1/approve").with(user("nour").roles("EDITOR"))).andExpect(status().isForbidden());
		mvc.perform(post("/feeds/ofoq/pause").with(user("nour").roles("EDITOR"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/posts/1/cancel").with(user("nour").roles("EDITOR"))).andExpect(status().isForbidden());
		then(actions).should(never()).approve(anyLong(), anyString());
		then(actions).should(never()).cancel(anyLong(), anyString());
		then(actions).should(never()).pause(anyString(), anyString());
	}

	@Test
	void shouldTakeHttpBasicOnTheApiWithoutSessionOrCsrf() throws Exception {
		given(users.loadUserByUsername("nour")).willReturn(User.withUsername("nour")
			.password(new BCryptPasswordEncoder().encode("a long passphrase"))
			.roles("EDITOR")
			.build());
		given(actions.approve(1, "nour")).willReturn(aPost(1, "خبر", PostStatus.QUEUED));

		mvc.perform(post("/api/posts/1/approve").with(httpBasic("nour", "a long passphrase")))
			.andExpect(status().isOk());
		then(actions).should().approve(1, "nour");
		mvc.perform(get("/api/posts").with(httpBasic("nour", "wrong password"))).andExpect(status().isUnauthorized());
	}

	@Test
	void shouldNeverChallengeABrowserToCacheBasicCredentials() throws Exception {
		MvcResult result = mvc.perform(get("/api/posts")).andExpect(status().isUnauthorized()).andReturn();
		assertThat(result.getResponse().getHeader("WWW-Authenticate")).isNull();
	}

	@Test
	void shouldAskHtmxToReloadTheLoginPageWhenTheSessionTimedOut() throws Exception {
		mvc.perform(post("/posts/1/approve").with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(result -> assertThat(result.getResponse().getHeader("HX-Redirect")).isEqualTo("/login"));
	}

}
