package nashir.mastodon;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nashir.net.Answer;
import nashir.net.Call;
import nashir.net.Http;
import nashir.net.Limits;
import nashir.net.NetException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each instance's limits, read from {@code GET /api/v2/instance} once and kept for
 * {@code nashir.mastodon.instance-cache}, so composing waits on an instance at most once in that
 * time. An instance that cannot be read gets Mastodon's defaults, and is asked again a few
 * minutes later rather than at every post.
 */
final class InstanceLimitsCache {

	private static final Logger logger = LoggerFactory.getLogger(InstanceLimitsCache.class);

	private static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);

	/** The instance document with its rules and languages is some tens of kilobytes. */
	private static final long MAX_ANSWER = 512 * 1024;

	private final Map<InstanceAddress, Kept> kept = new ConcurrentHashMap<>();

	private final Http http;

	private final Clock clock;

	private final Duration keep;

	private final Limits limits;

	InstanceLimitsCache(Http http, MastodonSettings settings, Clock clock) {
		this.http = http;
		this.clock = clock;
		this.keep = settings.instanceCache();
		this.limits = new Limits(settings.connectTimeout().compareTo(settings.instanceTimeout()) < 0
				? settings.connectTimeout() : settings.instanceTimeout(), settings.instanceTimeout(),
				settings.instanceTimeout(), MAX_ANSWER, 0);
	}

	InstanceLimits limits(InstanceAddress instance) {
		return this.kept.compute(instance, (key, old) -> (old != null && this.clock.instant().isBefore(old.until()))
				? old : read(key)).limits();
	}

	private Kept read(InstanceAddress instance) {
		Instant now = this.clock.instant();
		String why;
		try {
			Answer answer = this.http.send(Call.get(instance.endpoint("api/v2/instance"),
					Map.of("Accept", "application/json"), this.limits));
			Optional<InstanceLimits> limits = (answer.status() == 200)
					? MastodonJson.instanceLimits(new String(answer.body(), StandardCharsets.UTF_8)) : Optional.empty();
			if (limits.isPresent()) {
				return new Kept(limits.get(), now.plus(this.keep));
			}
			why = (answer.status() == 200) ? "no configuration.statuses.max_characters" : "HTTP " + answer.status();
		}
		catch (NetException ex) {
			why = ex.getMessage();
		}
		Duration retry = this.keep.compareTo(RETRY_AFTER_FAILURE) < 0 ? this.keep : RETRY_AFTER_FAILURE;
		logger.warn("mastodon instance limits unread instance={} reason=\"{}\" using=max {} url {} retry-in={}",
				instance, why, InstanceLimits.DEFAULT.maxCharacters(), InstanceLimits.DEFAULT.urlLength(), retry);
		return new Kept(InstanceLimits.DEFAULT, now.plus(retry));
	}

	private record Kept(InstanceLimits limits, Instant until) {
	}

}
