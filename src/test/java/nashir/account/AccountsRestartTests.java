package nashir.account;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;

import nashir.NashirApplication;
import nashir.publish.Account;
import nashir.publish.AccountDirectory;
import nashir.publish.Budget;
import nashir.publish.QuietHours;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole application on an H2 file database, started again: the accounts, their settings and the
 * X app are still there, opened with the key file made at the first start; another key stops the
 * start with one message; no secret is ever logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountsRestartTests {

	@TempDir
	Path dataDir;

	@Test
	void shouldKeepAccountsSettingsAndTheXAppAcrossARestart(CapturedOutput output) throws Exception {
		AppSettings settings = new AppSettings(false, Duration.ofMinutes(7), 12, QuietHours.parse("00:30-05:00 Asia/Aden"),
				"{title}\n{hashtags}\n{link}", new Budget(new BigDecimal("1.25"), new BigDecimal("30")));
		try (ConfigurableApplicationContext app = start()) {
			AppAccounts store = app.getBean(AppAccounts.class);
			store.saveXApp(new XApp(AccountFixture.CONSUMER_KEY, AccountFixture.CONSUMER_SECRET), "admin");
			store.saveConnection(AccountFixture.connection("ofoq"), "admin");
			store.updateSettings("ofoq", settings, "admin");
		}
		Path keyFile = dataDir.resolve("secret.key");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");

		try (ConfigurableApplicationContext app = start()) {
			AccountDirectory accounts = app.getBean(AccountDirectory.class);
			assertThat(accounts.names()).contains("main", "ofoq");
			Account ofoq = accounts.get("ofoq");
			assertThat(ofoq.accessToken()).isEqualTo(AccountFixture.ACCESS_TOKEN);
			assertThat(ofoq.minInterval()).isEqualTo(Duration.ofMinutes(7));
			assertThat(ofoq.quietHours()).isEqualTo(settings.quietHours());
			assertThat(ofoq.budget().monthly()).isEqualByComparingTo("30");
			AppAccounts store = app.getBean(AppAccounts.class);
			assertThat(store.all().get(0).settings()).usingRecursiveComparison()
				.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
				.isEqualTo(settings);
			assertThat(store.xApp()).contains(new XApp(AccountFixture.CONSUMER_KEY, AccountFixture.CONSUMER_SECRET));
		}

		String wrong = Base64.getEncoder().encodeToString(SecretBoxTests.key(5));
		assertThatThrownBy(() -> start("--nashir.secret-key=" + wrong)).hasRootCauseInstanceOf(SecretKeyRefused.class)
			.rootCause()
			.hasMessageContaining("NASHIR_SECRET_KEY");
		Files.delete(keyFile);
		assertThatThrownBy(this::start).hasRootCauseInstanceOf(SecretKeyRefused.class)
			.rootCause()
			.hasMessageContaining(keyFile.toString());
		assertThat(keyFile).as("no new key over the old secrets").doesNotExist();

		assertThat(output.getAll()).as("Boot's short report, not a stack trace")
			.contains("APPLICATION FAILED TO START")
			.contains("is not the one the secrets in the database were sealed with")
			.contains("docs/DEPLOY.md")
			.doesNotContain(wrong);
		for (String secret : AccountFixture.SECRETS) {
			assertThat(output.getAll()).as("logs").doesNotContain(secret);
		}
	}

	private ConfigurableApplicationContext start(String... more) {
		String[] args = { "--server.port=0", "--nashir.data-dir=" + dataDir,
				"--nashir.schedules-dir=src/test/resources/schedules/empty", "--nashir.feed.sweep=false",
				"--nashir.dispatcher.enabled=false" };
		String[] all = new String[args.length + more.length];
		System.arraycopy(args, 0, all, 0, args.length);
		System.arraycopy(more, 0, all, args.length, more.length);
		return new SpringApplicationBuilder(NashirApplication.class).run(all);
	}

}
