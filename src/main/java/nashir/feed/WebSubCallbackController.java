package nashir.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nashir.feed.FetchResult.Fetched;
import nashir.feed.WebSubSubscription.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The WebSub callback {@code /websub/{feedId}}: answers the hub's verification only for a
 * subscription we asked for, and feeds a correctly signed pushed body into the same path as a
 * poll. A forged or unsigned body still gets a 2xx (the spec forbids telling the sender) but is
 * not processed.
 */
@RestController
class WebSubCallbackController {

	private static final Logger log = LoggerFactory.getLogger(WebSubCallbackController.class);

	private static final Map<String, String> HMAC = Map.of("sha1", "HmacSHA1", "sha256", "HmacSHA256", "sha384",
			"HmacSHA384", "sha512", "HmacSHA512");

	private final WebSubStore store;

	private final FeedRefresher refresher;

	private final ObjectProvider<FeedSubscriptions> subscriptions;

	private final ObjectProvider<NewItemsHandler> handler;

	private final Clock clock;

	WebSubCallbackController(WebSubStore store, FeedRefresher refresher, ObjectProvider<FeedSubscriptions> subscriptions,
			ObjectProvider<NewItemsHandler> handler, ObjectProvider<Clock> clock) {
		this.store = store;
		this.refresher = refresher;
		this.subscriptions = subscriptions;
		this.handler = handler;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping(path = "/websub/{feedId}", params = "hub.mode")
	ResponseEntity<String> verify(@PathVariable String feedId, @RequestParam("hub.mode") String mode,
			@RequestParam(name = "hub.topic", required = false) String topic,
			@RequestParam(name = "hub.challenge", required = false) String challenge,
			@RequestParam(name = "hub.lease_seconds", required = false) Long leaseSeconds) {
		Optional<WebSubSubscription> subscription = this.store.find(feedId)
			.filter((s) -> topic != null && s.topic().toString().equals(topic));
		if (subscription.isEmpty()) {
			log.info("websub verification refused feed={} mode={} reason=\"no such subscription\"", feedId, mode);
			return ResponseEntity.notFound().build();
		}
		if (mode.equals("denied")) {
			this.store.deny(feedId);
			log.warn("websub subscription denied by hub feed={}", feedId);
			return ResponseEntity.ok().build();
		}
		// We never unsubscribe, so an unsubscribe request is not ours.
		if (!mode.equals("subscribe") || challenge == null || subscription.get().state() == State.DENIED) {
			return ResponseEntity.notFound().build();
		}
		Instant expires = this.clock.instant().plusSeconds(leaseSeconds == null ? 86_400 : leaseSeconds);
		this.store.activate(feedId, expires);
		log.info("websub subscription verified feed={} leaseExpiresAt={}", feedId, expires);
		return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(challenge);
	}

	@PostMapping("/websub/{feedId}")
	ResponseEntity<Void> receive(@PathVariable String feedId, @RequestBody(required = false) byte[] body,
			@RequestHeader(name = "X-Hub-Signature", required = false) String signature,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
		Optional<WebSubSubscription> subscription = this.store.find(feedId).filter((s) -> s.state() == State.ACTIVE);
		byte[] content = body == null ? new byte[0] : body;
		if (subscription.isEmpty() || !signedBy(subscription.get().secret(), content, signature)) {
			log.warn("websub push ignored feed={} reason=\"no active subscription or bad signature\"", feedId);
			return ResponseEntity.accepted().build();
		}
		Optional<FeedSource> source = this.subscriptions.stream().flatMap((s) -> s.source(feedId).stream()).findFirst();
		NewItemsHandler newItems = this.handler.getIfUnique();
		if (source.isEmpty() || newItems == null) {
			log.warn("websub push ignored feed={} reason=\"feed not scheduled\"", feedId);
			return ResponseEntity.accepted().build();
		}
		URI topic = subscription.get().topic();
		PollOutcome outcome = this.refresher.refreshPushed(source.get(), newItems,
				new Fetched(topic, content, contentType, null, null, null));
		log.info("websub push received feed={} outcome={}", feedId, outcome);
		return ResponseEntity.accepted().build();
	}

	/** {@code X-Hub-Signature: method=hex}, an HMAC of the raw body keyed with the subscription's secret. */
	static boolean signedBy(String secret, byte[] body, String signature) {
		if (signature == null || signature.indexOf('=') < 0) {
			return false;
		}
		String algorithm = HMAC.get(signature.substring(0, signature.indexOf('=')).strip().toLowerCase(Locale.ROOT));
		if (algorithm == null) {
			return false;
		}
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
			byte[] expected = mac.doFinal(body);
			byte[] given = HexFormat.of().parseHex(signature.substring(signature.indexOf('=') + 1).strip());
			return MessageDigest.isEqual(expected, given);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException | IllegalArgumentException ex) {
			return false;
		}
	}

}
