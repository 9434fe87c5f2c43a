package nashir.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its next request once its user was disabled, removed, or given another role or
 * password: the user's row is read on every request, so this holds on every node of a cluster,
 * whichever node made the change. The request then goes on as anonymous (login page or 401).
 * Health probes are not checked: they need no user, and must answer while the database cannot.
 */
class SessionStampCheck extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SessionStampCheck.class);

	private final UserAccounts users;

	private final StorageUnavailable storage;

	SessionStampCheck(UserAccounts users, StorageUnavailable storage) {
		this.users = users;
		this.storage = storage;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn != null && signedIn.getPrincipal() instanceof SignedInUser user) {
			try {
				if (!users.isCurrent(user)) {
					end(request, user);
				}
			}
			catch (DataAccessException ex) {
				if (!StorageUnavailable.isStorageFailure(ex)) {
					throw ex;
				}
				storage.unavailable(ex, response);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static void end(HttpServletRequest request, SignedInUser user) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		log.info("event=session_ended user={} reason=access_changed", user.getUsername());
	}

}
