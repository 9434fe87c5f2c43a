package nashir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The real application on an H2 file in a small tmpfs (a real full disk, as root: the same in CI,
 * where a failure to mount fails the test instead of skipping it). Its data directory, made with
 * the wrong permissions as an older version left it, is private once started.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FullDiskTests {

	private static final String ADMIN_PASSWORD = "full-disk-admin-password";

	@TempDir
	static Path home;

	static Path disk;

	static boolean mounted;

	static ConfigurableApplicationContext app;

	static HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@BeforeAll
	static void start() throws Exception {
		disk = Files.createDirectories(home.resolve("disk"));
		mounted = mount(disk);
		Path data = Files.createDirectories(disk.resolve("data"), PosixFilePermissions
			.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path old = Files.writeString(data.resolve("nashir.trace.db"), "left by an older version");
		Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
		app = new SpringApplicationBuilder(NashirApplication.class).run("--server.port=0", "--nashir.data-dir=" + data,
				"--nashir.schedules-dir=src/test/resources/schedules/empty", "--nashir.feed.sweep=false",
				"--nashir.dispatcher.interval=50ms", "--nashir.storage.probe-interval=0s",
				"--nashir.accounts.main.dry-run=true", "--nashir.admin-password=" + ADMIN_PASSWORD);
	}

	@AfterAll
	static void stop() throws Exception {
		if (app != null) {
			app.close();
		}
		if (mounted) {
			run("umount", "-l", disk.toString());
		}
	}

	@Test
	@Order(1)
	void shouldKeepTheDataDirectoryAndItsFilesToTheUser() throws IOException {
		Path data = disk.resolve("data");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("nashir.mv.db"))))
			.isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("nashir.trace.db"))))
			.isEqualTo("rw-------");
	}

	@Test
	@Order(2)
	void shouldSayStorageUnavailableAndLivenessDownWhenTheDiskIsFull(CapturedOutput output) throws Exception {
		assumeThat(mounted).as("a tmpfs could be mounted (root)").isTrue();
		assertThat(get("/actuator/health/liveness", false).statusCode()).isEqualTo(200);
		assertThat(get("/api/posts", true).statusCode()).isEqualTo(200);
		assertThat(logIn(http).statusCode()).as("logged in: redirected to the queue").isEqualTo(302);
		assertThat(get("/queue", false).statusCode()).isEqualTo(200);

		fill(disk);

		// Until H2 has to grow its file (it may first fill space it already has).
		await().atMost(Duration.ofSeconds(10))
			.until(() -> get("/actuator/health/liveness", false), liveness -> liveness.statusCode() == 503);
		assertThat(get("/actuator/health/liveness", false).body()).contains("DOWN");
		assertThat(get("/api/posts", true).statusCode()).as("a script's login while the disk is full").isEqualTo(503);
		HttpResponse<String> page = get("/queue", false);
		assertThat(page.statusCode()).as("a logged-in editor's page").isEqualTo(503);
		assertThat(page.body()).contains("التخزين غير متاح");
		// Someone not logged in yet: a session's own requests already answered 503 above.
		HttpResponse<String> login = logIn(HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
		assertThat(login.statusCode()).as("a person's login").isEqualTo(503);
		assertThat(login.body()).contains("التخزين غير متاح").doesNotContain("كلمة المرور غير صحيحة");

		// The dispatcher's planned look comes within 5 s; once it fails, it is tried at every tick (50 ms):
		// twenty failures a second, one error in the log.
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(10))
			.until(() -> count(output.getOut(), "event=dispatch_failed") == 1);
		assertThat(count(output.getOut(), "event=storage_unavailable")).as("the health check's and the web's")
			.isEqualTo(2);
	}

	private static HttpResponse<String> get(String path, boolean basic) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/json");
		if (basic) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		// Basic: a script with no session, so the credentials are checked against the database.
		return (basic ? HttpClient.newHttpClient() : http).send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> logIn(HttpClient client) throws Exception {
		String csrf = csrfToken(client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body());
		return client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD + "&_csrf=" + csrf))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(String path) {
		return URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort() + path);
	}

	private static String csrfToken(String loginPage) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(matcher.find()).as("a CSRF token on the login page").isTrue();
		return matcher.group(1);
	}

	/** Writes zeros until the file system says there is no space left. */
	private static void fill(Path disk) {
		byte[] block = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(disk.resolve("filler"))) {
			while (true) {
				out.write(block);
			}
		}
		catch (IOException ex) {
			assertThat(ex).hasMessageContaining("No space left");
		}
	}

	private static int count(String text, String needle) {
		return text.split(Pattern.quote(needle), -1).length - 1;
	}

	/** A 16 MB tmpfs; in CI (CI=true, as root) not being able to is a failure, elsewhere a skip. */
	private static boolean mount(Path dir) throws Exception {
		int status = run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", dir.toString());
		if (status != 0 && "true".equals(System.getenv("CI"))) {
			fail("CI must be able to mount a tmpfs (run as root) to test a full disk; mount said " + status);
		}
		return status == 0;
	}

	private static int run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int status = process.waitFor();
		if (status != 0) {
			System.err.println(String.join(" ", command) + ": " + said);
		}
		return status;
	}

}
