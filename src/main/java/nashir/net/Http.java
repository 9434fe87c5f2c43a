package nashir.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;

import nashir.net.NetException.Kind;

/**
 * Nashir's one way out to HTTP servers (Apache HttpClient 5): the user agent, redirects followed
 * here hop by hop, every body read within its limit, one deadline for the whole exchange, and for
 * URLs taken from content the {@link AddressGuard} on every address connected to. Needs no Spring.
 */
public final class Http implements AutoCloseable {

	public static final String USER_AGENT = "Nashir/" + version() + " (+https://github.com/nashir)";

	/** Aborts exchanges that pass their deadline; one daemon thread for every client. */
	private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

	private final CloseableHttpClient client;

	private Http(DnsResolver resolver) {
		this.client = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(resolver)
				.setMaxConnTotal(100)
				.setMaxConnPerRoute(20)
				.build())
			.setUserAgent(USER_AGENT)
			// Ours to do: redirects (each hop checked and counted), and never a second send.
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.build();
	}

	/**
	 * Almost every exchange ends in time and cancels its alarm: removed at once, the alarm neither
	 * waits in the queue nor wakes the thread when its time comes (33 times a second at 2,000 feeds).
	 */
	private static ScheduledThreadPoolExecutor deadlines() {
		ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "nashir-http-deadlines");
			thread.setDaemon(true);
			return thread;
		});
		deadlines.setRemoveOnCancelPolicy(true);
		return deadlines;
	}

	/** Alarms of exchanges still running (tests). */
	static int alarmsSet() {
		return DEADLINES.getQueue().size();
	}

	/** For URLs taken from feeds, pages and editors: internal addresses are refused. */
	public static Http guarded(NetSettings settings) {
		return new Http(new GuardedDnsResolver(new AddressGuard(settings.allowedPrivateHosts())));
	}

	/** For endpoints an operator configured (X's API), which tests point at a local server. */
	public static Http unguarded() {
		return new Http(SystemDefaultDnsResolver.INSTANCE);
	}

	/**
	 * Sends the call and follows up to {@code limits.maxRedirects()} redirects; with none allowed a
	 * redirect comes back as the answer. A 304 is an answer, not a redirect.
	 */
	public Answer send(Call call) throws NetException {
		Limits limits = call.limits();
		long deadline = System.nanoTime() + limits.total().toNanos();
		Locations.requireHttp(call.uri(), "only http(s) URLs are fetched");
		Call hop = call;
		for (int redirects = 0;; redirects++) {
			Answer answer = Exchange.run(this.client, hop, deadline, DEADLINES);
			String location = answer.headers().firstValue("location").orElse(null);
			if (!isRedirect(answer.status()) || limits.maxRedirects() == 0) {
				return answer;
			}
			if (location == null) {
				throw new NetException(Kind.BAD_URL, "a redirect without a Location");
			}
			if (redirects == limits.maxRedirects()) {
				throw new NetException(Kind.BAD_URL, "too many redirects (more than " + redirects + ")");
			}
			URI target = Locations.redirectTarget(hop.uri(), location);
			hop = hop.redirectedTo(target, answer.status());
		}
	}

	private static boolean isRedirect(int status) {
		return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
	}

	@Override
	public void close() {
		try {
			this.client.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String version() {
		String version = Http.class.getPackage().getImplementationVersion();
		return (version == null) ? "dev" : version;
	}

}
