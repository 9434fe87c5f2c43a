package nashir.feed;

import java.io.IOException;
import java.io.InputStream;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The WebSub callback {@code /websub/{feedId}}: answers the hub's verification only for a
 * subscription we asked for, and feeds a correctly signed pushed body into the same path as a
 * poll. A push to an unknown or inactive subscription is refused unread (404, 410), a body over
 * {@code nashir.feed.max-body-size} with 413. A forged or unsigned body still gets a 2xx (the spec
 * forbids telling the sender) but is not processed.
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

	private final DataSize maxBodySize;

	WebSubCallbackController(WebSubStore store, FeedRefresher refresher, ObjectProvider<FeedSubscriptions> subscriptions,
			ObjectProvider<NewItemsHandler> handler, ObjectProvider<Clock> clock, FeedSettings settings) {
		this.maxBodySize = settings.maxBodySize();
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

	/**
	 * The subscription is looked up before a byte of the body is read, so a stranger cannot make
	 * us read (or hold in memory) anything; a known one's body is read up to the feed size limit.
	 */
	@PostMapping("/websub/{feedId}")
	ResponseEntity<Void> receive(@PathVariable String feedId, InputStream body,
			@RequestHeader(name = "X-Hub-Signature", required = false) String signature,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			@RequestHeader(name = HttpHeaders.CONTENT_LENGTH, required = false) Long contentLength) throws IOException {
		Optional<WebSubSubscription> found = this.store.find(feedId);
		if (found.isEmpty() || found.get().state() != State.ACTIVE) {
			log.warn("websub push refused feed={} reason=\"{}\"", feedId,
					found.isEmpty() ? "no such subscription" : "subscription " + found.get().state());
			// 410 tells a hub to drop a subscription we no longer want (WebSub §7).
			return ResponseEntity.status(found.isEmpty() ? HttpStatus.NOT_FOUND : HttpStatus.GONE).build();
		}
		long limit = this.maxBodySize.toBytes();
		byte[] content = contentLength != null && contentLength > limit ? null
				: body.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
		if (content == null || content.length > limit) {
			log.warn("websub push refused feed={} reason=\"body larger than {}\"", feedId, this.maxBodySize);
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
		}
		WebSubSubscription subscription = found.get();
		if (!signedBy(subscription.secret(), content, signature)) {
			log.warn("websub push ignored feed={} reason=\"bad signature\"", feedId);
			return ResponseEntity.accepted().build();
		}
		Optional<FeedSource> source = this.subscriptions.stream().flatMap((s) -> s.source(feedId).stream()).findFirst();
		NewItemsHandler newItems = this.handler.getIfUnique();
		if (source.isEmpty() || newItems == null) {
			log.warn("websub push ignored feed={} reason=\"feed not scheduled\"", feedId);
			return ResponseEntity.accepted().build();
		}
		PollOutcome outcome = this.refresher.refreshPushed(source.get(), newItems,
				new Fetched(subscription.topic(), content, contentType, null, null, null));
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
