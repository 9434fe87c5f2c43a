package nashir.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import nashir.feed.FeedTestApplication.RecordingHandler;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pushes from a raw socket to a real server: a stranger's push is answered before its body is
 * read, and a known hub's body is read only up to {@code nashir.feed.max-body-size} (64 KB here).
 */
@SpringBootTest(classes = WebSubPushLimitTests.Server.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:websub-limits;DB_CLOSE_DELAY=-1",
				"nashir.feed.max-body-size=64KB" })
class WebSubPushLimitTests {

	/** 1.5 GB announced; the test sends only the first kilobyte, so a server that waits for the rest never answers. */
	private static final long HUGE = 1_500_000_000L;

	@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebMvcAutoConfiguration.class })
	@Import(FeedTestApplication.class)
	static class Server {

	}

	@LocalServerPort
	private int port;

	@Autowired
	private WebSubStore store;

	@Autowired
	private RecordingHandler pushed;

	private void subscribe(String feedId, boolean verified) {
		Instant now = Instant.now();
		this.store.savePending(feedId, URI.create("https://hub.example.com/"), URI.create("https://ofoq.example.com/feed/"),
				"سر-المشترك", now);
		if (verified) {
			this.store.activate(feedId, now.plusSeconds(86_400));
		}
	}

	@Test
	void shouldRefuseAPushToAnUnknownSubscriptionWithoutReadingItsBody() throws IOException {
		assertThat(statusOfPartlySentPush("nobody", HUGE)).isEqualTo(404);
	}

	@Test
	void shouldRefuseAPushToASubscriptionTheHubNeverVerifiedWithoutReadingItsBody() throws IOException {
		subscribe("pending-feed", false);
		assertThat(statusOfPartlySentPush("pending-feed", HUGE)).isEqualTo(410);
	}

	@Test
	void shouldRefuseAnAnnouncedBodyOverTheLimitWithoutReadingIt() throws IOException {
		subscribe("big-announced", true);
		assertThat(statusOfPartlySentPush("big-announced", HUGE)).isEqualTo(413);
	}

	@Test
	void shouldStopReadingAStreamedBodyAtTheLimit() throws IOException {
		subscribe("big-streamed", true);
		try (Socket socket = socket()) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /websub/big-streamed HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/rss+xml\r\n"
					+ "X-Hub-Signature: sha256=00\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			// 1 MB of an Arabic feed's text in 4 KB chunks, generated as it is sent; the server may
			// stop listening after 64 KB.
			byte[] chunk = Arrays.copyOf("<title>خبر عاجل من صنعاء</title>".repeat(200).getBytes(StandardCharsets.UTF_8), 4096);
			try {
				for (int i = 0; i < 256; i++) {
					out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
					out.write(chunk);
					out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
			}
			catch (IOException closedByTheServer) {
				// It answered and closed before the end: what matters is what it answered.
			}
			assertThat(status(socket)).isEqualTo(413);
		}
		assertThat(this.pushed.batches).isEmpty();
	}

	private int statusOfPartlySentPush(String feedId, long announced) throws IOException {
		try (Socket socket = socket()) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /websub/" + feedId + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/rss+xml\r\n"
					+ "X-Hub-Signature: sha256=00\r\nContent-Length: " + announced + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(new byte[1024]);
			out.flush();
			return status(socket);
		}
	}

	private Socket socket() throws IOException {
		Socket socket = new Socket("localhost", this.port);
		// A server that waits for the announced body never answers: the read times out and the test fails.
		socket.setSoTimeout(5_000);
		return socket;
	}

	private static int status(Socket socket) throws IOException {
		String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
			.readLine();
		return Integer.parseInt(statusLine.split(" ")[1]);
	}

}
