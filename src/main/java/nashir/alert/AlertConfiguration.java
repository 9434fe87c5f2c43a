package nashir.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Executors;

import nashir.net.Http;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The destinations of {@code nashir.alerts.*}. Webhooks go out through an unguarded {@link Http}:
 * their URLs are written by an operator in configuration, never taken from content, and a
 * newsroom's own chat server (Mattermost, Rocket.Chat) often has a private address.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertSettings.class)
class AlertConfiguration {

	/**
	 * Neither the executor nor the client is a bean: Boot's scheduler backs off when it sees another
	 * ScheduledExecutorService, and the features take the one guarded {@link Http} by type.
	 */
	@Bean(destroyMethod = "close")
	AlertSender alertSender(AlertRepository alerts, AlertSettings settings, AlertTexts texts,
			ObjectProvider<JavaMailSender> mail) {
		Http alertHttp = Http.unguarded();
		List<AlertChannel> channels = new ArrayList<>();
		// By name, webhooks first: one order on every start.
		new TreeMap<>(settings.webhooks())
			.forEach((name, hook) -> channels.add(new AlertChannel("webhook " + name, hook.events(),
					new WebhookChannel(hook, alertHttp, texts, settings))));
		new TreeMap<>(settings.emails()).forEach((name, email) -> {
			JavaMailSender sender = mail.getIfAvailable();
			if (sender == null) {
				throw new IllegalStateException(
						"nashir.alerts.emails." + name + " needs an SMTP server: set spring.mail.host (and port, username, password)");
			}
			channels.add(new AlertChannel("e-mail " + name, email.events(), new MailChannel(email, sender, texts, settings)));
		});
		// Two threads: sends wait on the network, and a retry waits as a scheduled task, not a sleeping thread.
		CustomizableThreadFactory threads = new CustomizableThreadFactory("alert-");
		threads.setDaemon(true);
		return new AlertSender(alerts, channels, settings, Executors.newScheduledThreadPool(2, threads), alertHttp);
	}

}
