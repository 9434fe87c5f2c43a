package nashir.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over {@code nashir.web.max-body-size} (256 KB) with 413 before anyone
 * reads it, logged in or not; a body of unknown length (chunked) is read up to the limit and no
 * further. Forms are capped lower by Tomcat ({@code server.tomcat.max-http-form-post-size}); WebSub
 * pushes have their own limit ({@code nashir.feed.max-body-size}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

	private final DataSize limit;

	RequestBodyLimit(@Value("${nashir.web.max-body-size:256KB}") DataSize limit) {
		this.limit = limit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/websub/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > limit.toBytes()) {
			refuse(response);
			return;
		}
		if (length < 0 && request.getHeader("Transfer-Encoding") != null && !isForm(request)) {
			byte[] body = request.getInputStream().readNBytes(Math.toIntExact(limit.toBytes() + 1));
			if (body.length > limit.toBytes()) {
				refuse(response);
				return;
			}
			chain.doFilter(new ReadBody(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Tomcat parses POSTed forms itself, from its own stream, and caps them (chunked or not). A form
	 * sent with PUT, PATCH or DELETE is read by Spring's FormContentFilter, uncapped: it is capped here.
	 */
	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return "POST".equalsIgnoreCase(request.getMethod()) && type != null
				&& type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

	private void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		// The rest of the body is not read: the connection cannot carry another request after it.
		response.setHeader("Connection", "close");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"title\":\"Content Too Large\",\"status\":413,\"detail\":\"the request body is over "
					+ limit.toKilobytes() + " KB\"}");
	}

	/** A request whose body was already read, within the limit. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int count) {
					return in.read(buffer, offset, count);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body was read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
			return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
		}

	}

}
