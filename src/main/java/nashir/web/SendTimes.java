package nashir.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nashir.queue.AccountStates;
import nashir.queue.Post;
import nashir.queue.PostStatus;

import org.springframework.stereotype.Component;

/**
 * When waiting posts will really go, by the dispatcher's own pacing rules (the queue's
 * {@link AccountStates#sendTimes}): a post due now may wait for {@code min-interval}, the daily cap,
 * quiet hours, a rate limit or a paused account.
 */
@Component
class SendTimes {

	/** The model attribute post cards read their real time from. */
	static final String ATTRIBUTE = "sendTimes";

	private final PostLog log;

	private final AccountStates accounts;

	SendTimes(PostLog log, AccountStates accounts) {
		this.log = log;
		this.accounts = accounts;
	}

	/** Each queued post's real time; a queued post missing from the answer waits for its account to be resumed. */
	Map<Long, Instant> of(List<Post> posts) {
		Map<Long, Instant> times = new HashMap<>();
		posts.stream()
			.filter(post -> post.status() == PostStatus.QUEUED || post.status() == PostStatus.RETRY_WAIT)
			.collect(Collectors.groupingBy(Post::account))
			.forEach((account, waiting) -> times.putAll(accounts.sendTimes(account, waiting)));
		return times;
	}

	/** The times of the post's account's queue, which the post's own time depends on. */
	Map<Long, Instant> ofAccount(String account) {
		return of(log.upcoming().stream().filter(post -> post.account().equals(account)).toList());
	}

	/** The post's real time, or {@code null} when it waits for its account to be resumed. */
	Instant of(Post post) {
		return ofAccount(post.account()).get(post.id());
	}

}
