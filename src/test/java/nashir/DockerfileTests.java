package nashir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The image's health check asks the port the service listens on (SERVER_PORT), not a fixed 8080. */
class DockerfileTests {

	@Test
	void shouldCheckHealthOnTheConfiguredPort() throws Exception {
		String check = healthCheck();
		HttpServer nashir = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		nashir.createContext("/actuator/health/liveness", exchange -> {
			byte[] up = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, up.length);
			exchange.getResponseBody().write(up);
			exchange.close();
		});
		nashir.start();
		try {
			int port = nashir.getAddress().getPort();
			assertThat(run(check, port)).as("SERVER_PORT=%d, where it listens", port).isZero();
			assertThat(run(check, NashirProcess.freePort())).as("another port").isNotZero();
		}
		finally {
			nashir.stop(0);
		}
	}

	@Test
	void shouldDefaultTheImagesPortToTheApplicationsDefault() throws IOException {
		assertThat(dockerfile()).containsPattern("(?m)^ENV SERVER_PORT=8080$").contains("EXPOSE 8080");
		assertThat(Files.readString(Path.of("src/main/resources/application.yml"))).contains("  port: 8080");
	}

	private static String healthCheck() throws IOException {
		Matcher matcher = Pattern.compile("HEALTHCHECK[^\\n]*?\\\\\\n\\s*CMD (.+)").matcher(dockerfile());
		assertThat(matcher.find()).as("a HEALTHCHECK … CMD in the Dockerfile").isTrue();
		return matcher.group(1).trim();
	}

	/** As Docker runs a shell-form CMD: /bin/sh -c, with the image's environment. */
	private static int run(String command, int port) throws IOException, InterruptedException {
		ProcessBuilder shell = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		shell.environment().put("SERVER_PORT", Integer.toString(port));
		Process process = shell.start();
		assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
		return process.exitValue();
	}

	private static String dockerfile() throws IOException {
		return Files.readString(Path.of("Dockerfile"));
	}

}
