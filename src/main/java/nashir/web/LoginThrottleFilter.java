package nashir.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Refuses a login attempt, form or HTTP Basic, while {@link LoginThrottle} says its account or
 * address must wait, before any password is checked: 429 with {@code Retry-After} for Basic, back
 * to the login page with a notice for the form. Never holds a thread waiting.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

	private static final RequestMatcher LOGIN_FORM = pathPattern(HttpMethod.POST, "/login");

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean form = LOGIN_FORM.matches(request);
		String username = form ? request.getParameter("username") : basicUsername(request);
		if (username == null) {
			chain.doFilter(request, response);
			return;
		}
		Duration wait = throttle.waitFor(username, request.getRemoteAddr());
		if (wait.isZero()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = (wait.toMillis() + 999) / 1000;
		log.warn("event=login_refused user={} address={} retry_after_s={}", LoginThrottle.printable(username),
				LoginThrottle.printable(request.getRemoteAddr()), seconds);
		if (form) {
			response.sendRedirect(request.getContextPath() + "/login?throttled");
			return;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", Long.toString(seconds));
		response.setContentType("text/plain;charset=UTF-8");
		response.getWriter().write("too many failed logins for this user or address: try again in " + seconds + " s\n");
	}

	/** The user name of an {@code Authorization: Basic} header, or null when there is none to read. */
	static String basicUsername(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (!SecurityConfiguration.isBasic(request)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
