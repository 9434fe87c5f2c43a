package nashir.feed;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import nashir.net.Call;
import nashir.net.Http;
import nashir.net.Limits;
import nashir.net.NetException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Subscribes to the WebSub hub a feed names, with the callback {@code {nashir.public-base-url}/websub/{feedId}}
 * and a random per-subscription secret, and renews subscriptions before their lease ends.
 * Without {@code nashir.public-base-url} a hub cannot reach us, so nothing is subscribed and
 * polling alone carries the feed (it always stays on as the fallback).
 */
@Component
class WebSubSubscriber {

	private static final Logger log = LoggerFactory.getLogger(WebSubSubscriber.class);

	/** Renewal starts this long before the lease ends; the check below runs every ten minutes. */
	static final Duration RENEW_MARGIN = Duration.ofHours(1);

	/** A request the hub never verified, or a refusal, is tried again after this long. */
	private static final Duration RETRY_UNVERIFIED = Duration.ofHours(6);

	private static final long LEASE_SECONDS = Duration.ofDays(10).toSeconds();

	private final WebSubStore store;

	private final String publicBaseUrl;

	private final Http http;

	private final Limits limits;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	WebSubSubscriber(WebSubStore store, FeedSettings settings, Http http,
			@Value("${nashir.public-base-url:}") String publicBaseUrl, ObjectProvider<Clock> clock) {
		this.store = store;
		this.publicBaseUrl = publicBaseUrl.strip().replaceAll("/+$", "");
		this.http = http;
		// A hub's answer is a status; its body is never needed.
		this.limits = new Limits(settings.connectTimeout(), settings.readTimeout(), settings.readTimeout(), 64 * 1024, 0)
			.keepingHead();
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Called after each successful read with the hub and topic the feed named (either may be {@code null}). */
	void discovered(String feedId, URI hub, URI topic) {
		if (this.publicBaseUrl.isEmpty() || hub == null || topic == null) {
			return;
		}
		Instant now = this.clock.instant();
		WebSubSubscription current = this.store.find(feedId).orElse(null);
		boolean same = current != null && current.hub().equals(hub) && current.topic().equals(topic);
		if (same && upToDate(current, now)) {
			return;
		}
		subscribe(feedId, hub, topic, same ? current.secret() : HexFormat.of().formatHex(randomBytes()));
	}

	@Scheduled(fixedDelay = 10, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	void renewExpiring() {
		if (this.publicBaseUrl.isEmpty()) {
			return;
		}
		for (WebSubSubscription subscription : this.store.expiringBefore(this.clock.instant().plus(RENEW_MARGIN))) {
			// The secret is kept: the hub may still sign with it until it has verified the renewal.
			subscribe(subscription.feedId(), subscription.hub(), subscription.topic(), subscription.secret());
		}
	}

	private boolean upToDate(WebSubSubscription subscription, Instant now) {
		return switch (subscription.state()) {
			case ACTIVE -> subscription.leaseExpiresAt() != null && subscription.leaseExpiresAt().isAfter(now.plus(RENEW_MARGIN));
			case PENDING, DENIED -> subscription.requestedAt().isAfter(now.minus(RETRY_UNVERIFIED));
		};
	}

	private void subscribe(String feedId, URI hub, URI topic, String secret) {
		// Saved first: some hubs verify the callback before they answer this request.
		this.store.savePending(feedId, hub, topic, secret, this.clock.instant());
		String form = Map.of("hub.mode", "subscribe", "hub.topic", topic.toString(), "hub.callback", callback(feedId),
				"hub.secret", secret, "hub.lease_seconds", String.valueOf(LEASE_SECONDS))
			.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		try {
			int status = this.http.send(Call.post(hub, Map.of("Content-Type", "application/x-www-form-urlencoded"),
					form.getBytes(StandardCharsets.UTF_8), this.limits)).status();
			if (status / 100 != 2) {
				this.store.deny(feedId);
				log.warn("websub subscribe refused feed={} hub={} status={}", feedId, hub, status);
				return;
			}
			log.info("websub subscribe requested feed={} hub={} topic={}", feedId, hub, topic);
		}
		catch (NetException ex) {
			this.store.deny(feedId);
			log.warn("websub subscribe failed feed={} hub={} reason=\"{}\"", feedId, hub, ex.getMessage());
		}
	}

	String callback(String feedId) {
		return this.publicBaseUrl + "/websub/" + URLEncoder.encode(feedId, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private byte[] randomBytes() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return bytes;
	}

}
