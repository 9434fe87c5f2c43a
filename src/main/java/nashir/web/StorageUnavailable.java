package nashir.web;

import java.io.IOException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;
import nashir.queue.LogThrottle;

import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * When the database cannot be read or written (a full disk, a lost connection) every page and API
 * call answers 503 with "storage unavailable" (error.html), and a login says so too instead of
 * "wrong password". Logged once a minute with a count, not once per request.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StorageUnavailable {

	private final LogThrottle failures;

	StorageUnavailable(Clock clock) {
		this.failures = new LogThrottle(LoggerFactory.getLogger(StorageUnavailable.class), clock);
	}

	/**
	 * The types a storage failure arrives as: H2's first failed write is uncategorized (an I/O
	 * error), every call after it a resource failure ("the database has been closed"). Anything
	 * else (a broken rule, a bug) is thrown on and handled as before.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
			UncategorizedSQLException.class })
	void failed(DataAccessException ex, HttpServletResponse response) throws IOException {
		if (!isStorageFailure(ex)) {
			throw ex;
		}
		unavailable(ex, response);
	}

	/** Form login: a database that cannot answer is not a wrong password. */
	AuthenticationFailureHandler loginFailure(AuthenticationFailureHandler otherwise) {
		return (request, response, ex) -> {
			if (isStorageFailure(ex)) {
				unavailable(ex, response);
			}
			else {
				otherwise.onAuthenticationFailure(request, response, ex);
			}
		};
	}

	/** HTTP Basic (scripts, the API): 503, not 401, when the users cannot be read. */
	AuthenticationEntryPoint entryPoint(AuthenticationEntryPoint otherwise) {
		return (request, response, ex) -> {
			if (ex != null && isStorageFailure(ex)) {
				unavailable(ex, response);
			}
			else {
				otherwise.commence(request, response, ex);
			}
		};
	}

	void unavailable(Exception ex, HttpServletResponse response) throws IOException {
		failures.error("event=storage_unavailable: a request could not use the database", ex);
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

	/**
	 * A failure of the database itself, not of what was asked of it: Spring's resource-failure
	 * exceptions, a lost connection, or an I/O error underneath (H2 on a full disk).
	 */
	static boolean isStorageFailure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLTransientConnectionException || cause instanceof IOException) {
				return true;
			}
		}
		return false;
	}

}
