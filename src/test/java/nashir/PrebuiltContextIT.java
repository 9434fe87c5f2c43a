package nashir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar starts on the beans Spring AOT worked out at build, and without them when a setting
 * makes Boot choose components at start: e-mail alerts need the mail sender Boot makes only for
 * {@code spring.mail.host}, which the build never saw.
 */
class PrebuiltContextIT {

	@TempDir
	Path home;

	@Test
	void shouldStartOnTheBeansWorkedOutAtBuild() throws Exception {
		Path log = NashirProcess.logFile("prebuilt-context");
		try (NashirProcess nashir = NashirProcess.start(log, arguments())) {
			assertThat(Files.readString(log)).contains("Starting AOT-processed NashirApplication")
				.doesNotContain("event=start_without_prebuilt_context");
		}
	}

	@Test
	void shouldStartWithoutThemWhenASettingChoosesComponents() throws Exception {
		Path log = NashirProcess.logFile("prebuilt-context-mail");
		List<String> mail = new ArrayList<>(arguments());
		mail.addAll(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + NashirProcess.freePort(),
				"--nashir.alerts.emails.desk.to=desk@example.com"));
		try (NashirProcess nashir = NashirProcess.start(log, mail)) {
			assertThat(Files.readString(log)).contains("event=start_without_prebuilt_context setting=spring.mail.host")
				.doesNotContain("AOT-processed");
		}
	}

	private List<String> arguments() {
		return List.of("--nashir.data-dir=" + home.resolve("data"), "--nashir.schedules-dir=" + home.resolve("schedules"),
				"--nashir.accounts.main.dry-run=true");
	}

}
