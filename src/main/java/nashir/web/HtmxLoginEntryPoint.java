package nashir.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * An htmx request whose session timed out: tells htmx to load the login page as a whole page,
 * instead of a redirect that would put the login form inside a post card.
 */
class HtmxLoginEntryPoint implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) {
		response.setHeader("HX-Redirect", request.getContextPath() + "/login");
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
	}

}
