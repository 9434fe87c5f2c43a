package nashir.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a real Tomcat answers to hostile or proxied requests, sent byte for byte over a socket:
 * redirects never built from the Host header, Secure cookies behind a TLS proxy, and bodies over
 * the limit refused before they are read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:nashir-http-edges;DB_CLOSE_DELAY=-1",
				"nashir.schedules-dir=src/test/resources/schedules/empty", "nashir.feed.sweep=false",
				"nashir.dispatcher.enabled=false", "nashir.accounts.main.dry-run=true" })
class HttpEdgesTests {

	static final String PASSWORD = "كلمة سر طويلة للمحرر";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void anEditor() {
		jdbc.sql("DELETE FROM web_user WHERE username = 'hala'").update();
		users.create("hala", PASSWORD, Role.EDITOR, "admin");
	}

	@Test
	void shouldNeverBuildARedirectFromTheHostHeader() throws IOException {
		String toLogin = exchange("GET /queue HTTP/1.1\r\nHost: evil.example.com\r\nAccept: text/html\r\n"
				+ "Connection: close\r\n\r\n", new byte[0]);
		assertThat(toLogin).startsWith("HTTP/1.1 302").contains("\r\nLocation: /login\r\n").doesNotContain("evil.example.com");

		String session = cookie(toLogin, "JSESSIONID");
		String csrf = csrfToken(session);
		byte[] form = ("username=hala&password=" + java.net.URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ csrf).getBytes(StandardCharsets.UTF_8);
		String loggedIn = exchange("POST /login HTTP/1.1\r\nHost: evil.example.com\r\nCookie: JSESSIONID=" + session
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length
				+ "\r\nConnection: close\r\n\r\n", form);
		assertThat(loggedIn).startsWith("HTTP/1.1 302").doesNotContain("evil.example.com");
		assertThat(location(loggedIn)).startsWith("/queue");
	}

	@Test
	void shouldMarkTheSessionCookieSecureBehindATlsProxy() throws IOException {
		String proxied = exchange("GET /login HTTP/1.1\r\nHost: nashir.example.com\r\nX-Forwarded-Proto: https\r\n"
				+ "Connection: close\r\n\r\n", new byte[0]);
		assertThat(setCookie(proxied, "JSESSIONID")).contains("; Secure").contains("; HttpOnly");

		String plain = exchange("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", new byte[0]);
		assertThat(setCookie(plain, "JSESSIONID")).doesNotContain("Secure");
	}

	@Test
	void shouldMarkTheLanguageCookieSecureBehindATlsProxy() throws IOException {
		String proxied = exchange("GET /login?lang=en HTTP/1.1\r\nHost: nashir.example.com\r\nX-Forwarded-Proto: https\r\n"
				+ "Connection: close\r\n\r\n", new byte[0]);
		assertThat(setCookie(proxied, "nashir-lang")).startsWith("Set-Cookie: nashir-lang=en;").contains("; Secure")
			.contains("; HttpOnly").contains("; SameSite=Lax");

		String plain = exchange("GET /login?lang=en HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
				new byte[0]);
		assertThat(setCookie(plain, "nashir-lang")).startsWith("Set-Cookie: nashir-lang=en;").doesNotContain("Secure");
		assertThat(plain).contains("lang=\"en\"");
	}

	@Test
	void shouldRefuseA10MegabyteBodyBeforeReadingIt() throws IOException {
		long started = System.nanoTime();
		// Only the headers are sent: the answer must come without the body.
		String answer = exchange("POST /api/posts HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic()
				+ "\r\nContent-Type: application/json\r\nContent-Length: " + 10 * 1024 * 1024 + "\r\n\r\n", new byte[0]);
		assertThat(answer).startsWith("HTTP/1.1 413").contains("over 256 KB");
		assertThat(System.nanoTime() - started).as("nanoseconds").isLessThan(5_000_000_000L);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM post").query(Long.class).single()).isZero();
	}

	/** A form sent with PUT is read by Spring's FormContentFilter, not by Tomcat's capped form parser. */
	@ParameterizedTest
	@CsvSource({ "POST, application/json", "PUT, application/x-www-form-urlencoded",
			"PATCH, application/x-www-form-urlencoded" })
	void shouldStopReadingAChunkedBodyAtTheLimit(String method, String type) throws IOException {
		ByteArrayOutputStream chunks = new ByteArrayOutputStream();
		byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i < 5; i++) {
			chunks.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
			chunks.write(chunk);
			chunks.write("\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		chunks.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		String answer = exchange(method + " /api/posts HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic()
				+ "\r\nContent-Type: " + type + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
				chunks.toByteArray());
		assertThat(answer).startsWith("HTTP/1.1 413");
	}

	@Test
	void shouldNotReadAFormOver64Kilobytes() throws IOException {
		String session = cookie(exchange("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", new byte[0]),
				"JSESSIONID");
		String login = "username=hala&password=" + java.net.URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ csrfToken(session);
		assertThat(postForm(session, login + "&padding=" + "x".repeat(70 * 1024))).as("70 KB: not read, refused")
			.startsWith("HTTP/1.1 413")
			.doesNotContain("Location: /queue");
		assertThat(postForm(session, login + "&padding=" + "x".repeat(60 * 1024))).as("60 KB: read")
			.contains("\r\nLocation: /queue\r\n");
	}

	private String postForm(String session, String form) throws IOException {
		byte[] body = form.getBytes(StandardCharsets.UTF_8);
		return exchange("POST /login HTTP/1.1\r\nHost: localhost\r\nCookie: JSESSIONID=" + session
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
				+ "\r\nConnection: close\r\n\r\n", body);
	}

	/** Sends the head and body as given and returns the answer's head (and as much body as came). */
	private String exchange(String head, byte[] body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.UTF_8));
			try {
				out.write(body);
				out.flush();
			}
			catch (IOException refusedMidway) {
				// The server may close the connection before taking all of a body it refused.
			}
			return readHead(socket.getInputStream());
		}
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int n;
		while (answer.size() < 256 * 1024 && (n = in.read(buffer)) > 0) {
			answer.write(buffer, 0, n);
			String sofar = answer.toString(StandardCharsets.ISO_8859_1);
			int end = sofar.indexOf("\r\n\r\n");
			String length = sofar.replaceAll("(?s).*\r\nContent-Length: (\\d+)\r\n.*", "$1");
			if (end >= 0 && length.matches("\\d+") && sofar.length() >= end + 4 + Integer.parseInt(length)) {
				break;
			}
		}
		return answer.toString(StandardCharsets.UTF_8);
	}

	private String csrfToken(String session) throws IOException {
		String page = exchange("GET /login HTTP/1.1\r\nHost: localhost\r\nCookie: JSESSIONID=" + session
				+ "\r\nConnection: close\r\n\r\n", new byte[0]);
		return page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
	}

	private static String location(String answer) {
		return answer.replaceAll("(?s).*\r\nLocation: ([^\r]*)\r\n.*", "$1");
	}

	private static String setCookie(String answer, String name) {
		return answer.lines().filter(line -> line.startsWith("Set-Cookie: " + name + "=")).findFirst().orElse("");
	}

	private static String cookie(String answer, String name) {
		return setCookie(answer, name).replaceAll("Set-Cookie: " + name + "=([^;]*).*", "$1");
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString(("hala:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

}
