package nashir.web;

import java.net.URI;
import java.time.Clock;

import nashir.account.XSignInSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may reach what. Nothing but health and the WebSub callbacks without logging in; reading
 * needs VIEWER, changing anything EDITOR, users and accounts ADMIN (each role includes the ones below it).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Scripts and styles only from the app itself: a headline that slipped through could not run.
	 * Forms post to the app alone, but for the redirect of "Connect with X" to X's authorize page,
	 * which browsers hold to {@code form-action} too.
	 */
	static String contentSecurityPolicy(XSignInSettings x) {
		URI authorize = x.oauthBaseUrl();
		String origin = authorize.getScheme() + "://" + authorize.getRawAuthority();
		return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https: data:; "
				+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self' " + origin;
	}

	@Bean
	SecurityFilterChain web(HttpSecurity http, UserAccounts users, LoginThrottle throttle, StorageUnavailable storage,
			XSignInSettings x) throws Exception {
		http.userDetailsService(users)
			// Before any password is checked, and before a session's user is trusted.
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new SessionStampCheck(users, storage), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/websub/**", "/login", "/error", "/nashir.css",
					"/nashir.js", "/menu.js", "/dashboard.js", "/webjars/**", "/favicon.ico")
			.permitAll()
			.requestMatchers("/users/**", "/api/users/**", "/accounts/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/review/**", "/compose/**", "/audit/**", "/api/review/**", "/api/audit/**")
			.hasRole(Role.EDITOR.name())
			// The feed form and a feed's text: only those who may change feeds (an export is audited).
			.requestMatchers("/feeds/new", "/feeds/*/edit", "/api/schedules/*/yaml", "/api/schedules/export.zip")
			.hasRole(Role.EDITOR.name())
			.requestMatchers(HttpMethod.GET, "/**")
			.hasRole(Role.VIEWER.name())
			.requestMatchers(HttpMethod.HEAD, "/**")
			.hasRole(Role.VIEWER.name())
			// Counting a text's length and logging out change nothing; read marks are each user's own.
			.requestMatchers(HttpMethod.POST, "/length", "/api/length", "/logout", "/alerts/read", "/alerts/*/read")
			.hasRole(Role.VIEWER.name())
			.anyRequest()
			.hasRole(Role.EDITOR.name()))
			.formLogin(login -> login.loginPage("/login")
				.successHandler(afterLogin())
				.failureHandler(storage.loginFailure(new SimpleUrlAuthenticationFailureHandler("/login?error")))
				.permitAll())
			// No WWW-Authenticate challenge anywhere: a browser then never caches Basic credentials,
			// which is what makes skipping CSRF for Basic requests safe.
			.httpBasic(basic -> basic
				.authenticationEntryPoint(storage.entryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.csrf(csrf -> csrf.ignoringRequestMatchers(pathPattern("/websub/**"), SecurityConfiguration::isBasic))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						pathPattern("/api/**"))
				.defaultAuthenticationEntryPointFor(new HtmxLoginEntryPoint(), isHtmx()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(x)))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * To the page asked for before the login, else the queue. The page asked for was remembered as a
	 * full URL built from the Host header: only its path and query are used, so a forged Host never
	 * ends up in a Location.
	 */
	static AuthenticationSuccessHandler afterLogin() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl("/queue");
		handler.setRedirectStrategy((request, response, url) -> {
			URI target = URI.create(url);
			String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
			response.sendRedirect(path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
		});
		return handler;
	}

	/** A request that authenticates itself on every call (scripts, curl): no session, so no CSRF risk. */
	static boolean isBasic(jakarta.servlet.http.HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

	static RequestMatcher isHtmx() {
		return request -> request.getHeader("HX-Request") != null;
	}

	@Bean
	LoginThrottle loginThrottle(Clock clock) {
		return new LoginThrottle(clock);
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR\nROLE_EDITOR > ROLE_VIEWER");
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

}
