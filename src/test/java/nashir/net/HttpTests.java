package nashir.net;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nashir.net.NetException.Kind;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HttpTests {

	@RegisterExtension
	static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final Limits LIMITS = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(20),
			1024, 5);

	private final Http http = TestNet.http();

	private final LoopbackTrap trap = trap();

	@AfterEach
	void close() throws IOException {
		this.http.close();
		this.trap.close();
	}

	@Test
	void shouldSendTheUserAgentAndFollowRedirects() throws NetException {
		site.stubFor(get("/old").willReturn(aResponse().withStatus(301).withHeader("Location", "/new")));
		site.stubFor(get("/new").willReturn(aResponse().withBody("خبر")));
		Answer answer = this.http.send(Call.get(URI.create(site.baseUrl() + "/old"), Map.of(), LIMITS));
		assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("خبر");
		assertThat(answer.uri()).isEqualTo(URI.create(site.baseUrl() + "/new"));
		site.verify(getRequestedFor(urlEqualTo("/new")).withHeader("User-Agent", equalTo(Http.USER_AGENT)));
		assertThat(Http.USER_AGENT).startsWith("Nashir/");
	}

	@Test
	void shouldRefuseLoopbackWithoutConnecting() {
		assertThatExceptionOfType(NetException.class)
			.isThrownBy(() -> this.http.send(Call.get(URI.create(this.trap.url("/latest/meta-data/")), Map.of(), LIMITS)))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.REFUSED_ADDRESS))
			.withMessage("refused: 127.0.0.1 is an internal address (loopback)");
		assertThat(this.trap.connections()).isZero();
	}

	@Test
	void shouldRefuseARedirectFromAnAllowedHostToLoopback() {
		site.stubFor(get("/image.jpg").willReturn(aResponse().withStatus(302).withHeader("Location", this.trap.url("/admin"))));
		assertThatExceptionOfType(NetException.class)
			.isThrownBy(() -> this.http.send(Call.get(URI.create(site.baseUrl() + "/image.jpg"), Map.of(), LIMITS)))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.REFUSED_ADDRESS));
		assertThat(this.trap.connections()).isZero();
	}

	@Test
	void shouldRefuseIpv4MappedAndIpv6LoopbackForms() {
		for (String host : List.of("[::ffff:127.0.0.1]", "[::1]", "0.0.0.0", "[::ffff:7f00:1]")) {
			URI url = URI.create("http://" + host + ":" + this.trap.port() + "/");
			assertThatExceptionOfType(NetException.class).as(host)
				.isThrownBy(() -> this.http.send(Call.get(url, Map.of(), LIMITS)))
				.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.REFUSED_ADDRESS));
		}
		assertThat(this.trap.connections()).isZero();
	}

	@Test
	void shouldNotTellAnOpenPortFromAClosedOne() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		String open = message(URI.create(this.trap.url("/")));
		assertThat(message(URI.create("http://127.0.0.1:" + closed + "/"))).isEqualTo(open);
		assertThat(this.trap.connections()).isZero();
	}

	@Test
	void shouldLetAnAllowedAddressThrough() throws NetException {
		Http allowing = Http.guarded(new NetSettings(List.of("127.0.0.1")));
		Answer answer = allowing.send(Call.get(URI.create(this.trap.url("/")), Map.of(), LIMITS));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(this.trap.connections()).isEqualTo(1);
	}

	@Test
	void shouldRefuseASuccessBodyOverTheCapButKeepTheHeadWhenAsked() throws NetException {
		site.stubFor(get("/big").willReturn(aResponse().withBody(new byte[4096])));
		URI big = URI.create(site.baseUrl() + "/big");
		assertThatExceptionOfType(NetException.class).isThrownBy(() -> this.http.send(Call.get(big, Map.of(), LIMITS)))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.TOO_LARGE))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(200))
			.withMessage("larger than 1024 bytes");
		assertThat(this.http.send(Call.get(big, Map.of(), LIMITS.keepingHead())).body()).hasSize(1024);
	}

	@Test
	void shouldTakeOneHeaderInTwoSpellingsAsOne() throws Exception {
		try (ServerSocket server = new ServerSocket(0)) {
			Thread answering = new Thread(() -> {
				try (Socket socket = server.accept()) {
					socket.getInputStream().read(new byte[8192]);
					socket.getOutputStream()
						.write(("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nCache-Control: no-cache\r\n"
								+ "cache-control: private\r\nConnection: close\r\n\r\nok").getBytes(StandardCharsets.US_ASCII));
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			});
			answering.setDaemon(true);
			answering.start();
			Answer answer = TestNet.http()
				.send(Call.get(URI.create("http://localhost:" + server.getLocalPort() + "/"), Map.of(), LIMITS));
			answering.join(5000);

			assertThat(answer.headers().allValues("Cache-Control")).containsExactly("no-cache", "private");
			assertThat(answer.body()).asString(StandardCharsets.US_ASCII).isEqualTo("ok");
		}
	}

	@Test
	void shouldStopReadingAnEndlessBodyPromptly() throws IOException {
		try (EndlessServer endless = new EndlessServer(200, "application/json", 2L << 30, Duration.ofSeconds(20))) {
			long start = System.nanoTime();
			assertThatExceptionOfType(NetException.class)
				.isThrownBy(() -> this.http.send(Call.get(URI.create(endless.baseUrl() + "/"), Map.of(), LIMITS)))
				.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.TOO_LARGE));
			// Hung up at once: not at the 20 s deadline, and long before the server's 2 GB.
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
			assertThat(endless.written()).isLessThan(64L << 20);
		}
	}

	@Test
	void shouldEndTheWholeExchangeAtItsDeadline() {
		site.stubFor(get("/slow").willReturn(aResponse().withBody("x".repeat(100)).withChunkedDribbleDelay(50, 5000)));
		Limits impatient = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofMillis(500), 1024, 5);
		long start = System.nanoTime();
		assertThatExceptionOfType(NetException.class)
			.isThrownBy(() -> this.http.send(Call.get(URI.create(site.baseUrl() + "/slow"), Map.of(), impatient)))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.TOTAL_TIMEOUT))
			.withMessage("no complete answer within 500ms");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void shouldTakeBackTheAlarmOfEveryExchangeThatEndedInTime() throws NetException {
		site.stubFor(get("/quick").willReturn(aResponse().withBody("خبر")));
		for (int i = 0; i < 50; i++) {
			this.http.send(Call.get(URI.create(site.baseUrl() + "/quick"), Map.of(), LIMITS));
		}
		// Left in the queue, each alarm would wake the deadline thread at its time, long after its exchange.
		assertThat(Http.alarmsSet()).isLessThan(50);
	}

	private String message(URI url) {
		try {
			this.http.send(Call.get(url, Map.of(), LIMITS));
			throw new AssertionError("fetched " + url);
		}
		catch (NetException ex) {
			return ex.getMessage();
		}
	}

	private static LoopbackTrap trap() {
		try {
			return new LoopbackTrap("text/plain", "secret".getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
