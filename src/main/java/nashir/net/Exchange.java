package nashir.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

import nashir.net.AddressGuard.AddressRefused;
import nashir.net.NetException.Kind;

/** One hop of an exchange: the request, the answer's head and its body within the limits, or why not. */
final class Exchange {

	private Exchange() {
	}

	static Answer run(CloseableHttpClient client, Call call, long deadline, ScheduledExecutorService deadlines)
			throws NetException {
		long left = deadline - System.nanoTime();
		if (left <= 0) {
			throw totalTimeout(call.limits());
		}
		HttpUriRequestBase request = new HttpUriRequestBase(call.method(), call.uri());
		call.headers().forEach(request::addHeader);
		if (call.body() != null) {
			request.setEntity(new ByteArrayEntity(call.body(), null));
		}
		request.setConfig(config(call.limits(), left));
		// Cancelling closes the socket, whatever the client is blocked in: connect, head or body.
		ScheduledFuture<?> alarm = deadlines.schedule(request::cancel, left, TimeUnit.NANOSECONDS);
		try {
			return answer(client, request, call);
		}
		catch (NetException ex) {
			throw pastDeadline(deadline) ? totalTimeout(call.limits()).withAnswer(ex.status(), ex.headers()) : ex;
		}
		catch (IOException ex) {
			throw pastDeadline(deadline) ? totalTimeout(call.limits()) : failure(ex, call.limits());
		}
		finally {
			alarm.cancel(false);
		}
	}

	private static Answer answer(CloseableHttpClient client, HttpUriRequestBase request, Call call) throws IOException {
		ClassicHttpResponse response = client.executeOpen(null, request, null);
		boolean whole = false;
		try {
			int status = response.getCode();
			HttpHeaders headers = headers(response.getHeaders());
			try {
				Body body = body(response.getEntity(), status, call.limits());
				whole = body.toTheEnd();
				return new Answer(status, headers, body.bytes(), call.uri());
			}
			catch (NetException ex) {
				throw ex.withAnswer(status, headers);
			}
			catch (IOException ex) {
				throw failure(ex, call.limits()).withAnswer(status, headers);
			}
		}
		finally {
			if (!whole) {
				// Closing would drain the rest of the body to reuse the connection: drop it instead.
				request.cancel();
			}
			closeQuietly(response);
		}
	}

	/** The body within the limits; error answers are read only as far as a message needs. */
	private static Body body(HttpEntity entity, int status, Limits limits) throws IOException {
		if (entity == null) {
			return new Body(new byte[0], true);
		}
		boolean success = status >= 200 && status < 300;
		long max = success ? limits.maxBytes() : Math.min(limits.maxBytes(), Limits.MAX_ERROR_BODY);
		boolean cut = limits.keepHead() || !success;
		if (!cut && entity.getContentLength() > max) {
			throw tooLarge(max);
		}
		// Not closed here: closing drains the rest of the stream, and the rest may never end.
		InputStream in = entity.getContent();
		byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
		if (bytes.length <= max) {
			return new Body(bytes, true);
		}
		if (!cut) {
			throw tooLarge(max);
		}
		return new Body(Arrays.copyOf(bytes, (int) max), false);
	}

	/** A body as read: {@code toTheEnd} is false when the rest was left unread. */
	private record Body(byte[] bytes, boolean toTheEnd) {
	}

	private static boolean pastDeadline(long deadline) {
		return System.nanoTime() - deadline >= 0;
	}

	/** Per-request connect timeouts (feeds and images differ) have only this, deprecated, setter. */
	@SuppressWarnings("deprecation")
	private static RequestConfig config(Limits limits, long leftNanos) {
		Duration left = Duration.ofNanos(leftNanos);
		return RequestConfig.custom()
			.setConnectTimeout(timeout(min(limits.connect(), left)))
			.setResponseTimeout(timeout(min(limits.read(), left)))
			.build();
	}

	private static NetException failure(IOException ex, Limits limits) {
		if (ex instanceof AddressRefused) {
			return new NetException(Kind.REFUSED_ADDRESS, ex.getMessage());
		}
		if (ex instanceof ConnectTimeoutException) {
			return new NetException(Kind.CONNECT_TIMEOUT, "could not connect within " + human(limits.connect()));
		}
		if (ex instanceof SocketTimeoutException) {
			return new NetException(Kind.READ_TIMEOUT, "no answer within " + human(limits.read()));
		}
		if (ex instanceof UnknownHostException) {
			return new NetException(Kind.UNKNOWN_HOST, "unknown host");
		}
		if (ex instanceof ConnectException) {
			return new NetException(Kind.CONNECT_FAILED, "connection refused");
		}
		if (ex instanceof SSLException) {
			return new NetException(Kind.TLS, "TLS failed (" + ex.getMessage() + ")", 0, null, ex);
		}
		return new NetException(Kind.NETWORK, "network error (" + ex + ")", 0, null, ex);
	}

	private static NetException totalTimeout(Limits limits) {
		return new NetException(Kind.TOTAL_TIMEOUT, "no complete answer within " + human(limits.total()));
	}

	private static NetException tooLarge(long max) {
		return new NetException(Kind.TOO_LARGE, "larger than " + max + " bytes");
	}

	private static HttpHeaders headers(Header[] all) {
		// One name in two spellings (Cache-Control, cache-control) is one header, as HTTP says.
		Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (Header header : all) {
			map.computeIfAbsent(header.getName(), (name) -> new ArrayList<>()).add(header.getValue());
		}
		return HttpHeaders.of(map, (name, value) -> true);
	}

	private static void closeQuietly(ClassicHttpResponse response) {
		try {
			response.close();
		}
		catch (IOException ex) {
			// The exchange was cancelled: its connection is gone, nothing is left to release.
		}
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	private static Timeout timeout(Duration duration) {
		return Timeout.ofMilliseconds(Math.max(1, duration.toMillis()));
	}

	static String human(Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
	}

}
