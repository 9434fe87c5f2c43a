package nashir.alert;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** {@code nashir.alerts.*} as an operator writes it: a mistake stops the start with a message naming the property, never a webhook's URL. */
class AlertSettingsTests {

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(AlertConfiguration.class)
		.withBean(AlertRepository.class, () -> mock(AlertRepository.class))
		.withBean(AlertTexts.class, () -> mock(AlertTexts.class));

	@Test
	void shouldStartWithWebhooksAndTheirEventsWhenWrittenRight() {
		context.withPropertyValues("nashir.alerts.webhooks.desk.url=https://hooks.example.com/services/T1/B1/t0ken",
				"nashir.alerts.webhooks.desk.format=slack", "nashir.alerts.webhooks.desk.events=account-paused,post-failed")
			.run((started) -> {
				assertThat(started).hasNotFailed();
				AlertSettings settings = started.getBean(AlertSettings.class);
				assertThat(settings.webhooks().get("desk").format()).isEqualTo(AlertSettings.Format.SLACK);
				assertThat(settings.webhooks().get("desk").events()).containsExactlyInAnyOrder(AlertKind.ACCOUNT_PAUSED,
						AlertKind.POST_FAILED);
				assertThat(settings.feedFailures()).isEqualTo(3);
				assertThat(settings.toString()).doesNotContain("t0ken");
			});
	}

	@Test
	void shouldRefuseAWebhookUrlThatIsNotHttpWithoutRepeatingIt() {
		context.withPropertyValues("nashir.alerts.webhooks.desk.url=ftp://hooks.example.com/t0ken").run((started) -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure()).rootCause()
				.hasMessage("nashir.alerts.webhooks.desk.url must be an http(s) URL");
		});
	}

	@Test
	void shouldRefuseAnEmailDestinationWithoutAnAddressOrWithoutAnSmtpServer() {
		context.withPropertyValues("nashir.alerts.emails.chief.to=رئيس التحرير").run((started) -> assertThat(
				started.getStartupFailure()).rootCause().hasMessageContaining("nashir.alerts.emails.chief.to must list"));
		context.withPropertyValues("nashir.alerts.emails.chief.to=chief@ofoq.example.com").run((started) -> assertThat(
				started.getStartupFailure()).rootCause().hasMessageStartingWith("nashir.alerts.emails.chief needs an SMTP server"));
	}

	@Test
	void shouldRefuseAFeedLimitBelowOne() {
		context.withPropertyValues("nashir.alerts.feed-failures=0").run((started) -> assertThat(
				started.getStartupFailure()).rootCause().hasMessage("nashir.alerts.feed-failures must be 1 or more, not 0"));
	}

}
