package nashir.alert;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nashir.alerts.*}: where alerts go and which events each destination takes.
 *
 * @param feedFailures failed polls in a row after which a feed is alerted as failing
 * @param language the language of webhook and e-mail texts
 * @param attempts tries per destination, the first included
 * @param firstRetry the wait before the second try; each next wait is four times longer
 * @param timeout the whole webhook exchange, connect included
 * @param from the sender of alert e-mails
 * @param webhooks by name: {@code url}, {@code format} ({@code json} or {@code slack}), {@code events}
 * @param emails by name: {@code to} (addresses), {@code events}; sent through {@code spring.mail.*}
 */
@ConfigurationProperties("nashir.alerts")
record AlertSettings(@DefaultValue("3") int feedFailures, @DefaultValue("ar") Locale language,
		@DefaultValue("4") int attempts, @DefaultValue("5s") Duration firstRetry,
		@DefaultValue("10s") Duration timeout, @DefaultValue("nashir@localhost") String from,
		Map<String, Webhook> webhooks, Map<String, Email> emails) {

	AlertSettings {
		if (feedFailures < 1) {
			throw new IllegalArgumentException("nashir.alerts.feed-failures must be 1 or more, not " + feedFailures);
		}
		if (attempts < 1) {
			throw new IllegalArgumentException("nashir.alerts.attempts must be 1 or more, not " + attempts);
		}
		webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
		emails = emails == null ? Map.of() : Map.copyOf(emails);
		webhooks.forEach((name, hook) -> hook.check(name));
		emails.forEach((name, email) -> email.check(name));
	}

	/** How a webhook's body is written. */
	enum Format {

		/** Nashir's own object: event, time, text and each argument by name. */
		JSON,
		/** Slack's incoming webhook, {@code {"text": …}}; Mattermost and Rocket.Chat take it too. */
		SLACK

	}

	/** @param events the events it takes; all when not set */
	record Webhook(URI url, @DefaultValue("json") Format format, Set<AlertKind> events) {

		Webhook {
			events = all(events);
		}

		/** The URL often holds the webhook's token: never in a log or an error. */
		@Override
		public String toString() {
			return "Webhook[format=" + format + ", events=" + events + "]";
		}

		void check(String name) {
			if (url == null || !url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
				throw new IllegalArgumentException(
						"nashir.alerts.webhooks." + name + ".url must be an http(s) URL");
			}
		}

	}

	/** @param events the events it takes; all when not set */
	record Email(List<String> to, Set<AlertKind> events) {

		Email {
			to = to == null ? List.of() : List.copyOf(to);
			events = all(events);
		}

		void check(String name) {
			if (to.isEmpty() || to.stream().anyMatch((address) -> !address.contains("@"))) {
				throw new IllegalArgumentException(
						"nashir.alerts.emails." + name + ".to must list one or more e-mail addresses, not " + to);
			}
		}

	}

	private static Set<AlertKind> all(Set<AlertKind> events) {
		return events == null ? EnumSet.allOf(AlertKind.class) : Set.copyOf(events);
	}

}
