package nashir.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import nashir.compose.PostComposer;
import nashir.publish.OutgoingPost;
import nashir.publish.PublishOutcome;
import nashir.publish.Publishers;
import nashir.publish.XApiSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due posts. Each account has its own lane (one post in flight at a time, so pacing holds
 * and one account's slow or failing X never holds up another). A post is claimed with a
 * conditional update, so two threads or nodes never send the same post.
 */
@Component
class Dispatcher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	/**
	 * The longest it goes without a look, though nothing it knows of falls due: what another node,
	 * or an account's changed settings, made due is seen within it.
	 */
	static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

	private final PostRepository posts;

	private final PostStateMachine states;

	private final AccountStates accounts;

	private final Publishers publishers;

	private final PublishResults results;

	private final PostComposer composer;

	private final DispatcherSettings settings;

	private final NodeName node;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final Set<String> busyAccounts = ConcurrentHashMap.newKeySet();

	/** Accounts a look found busy: their lane may have looked before the new post, so it looks again. */
	private final Set<String> lookAgain = ConcurrentHashMap.newKeySet();

	private final ExecutorService lanes;

	private final AtomicReference<Instant> nextLook = new AtomicReference<>(Instant.MIN);

	Dispatcher(PostRepository posts, PostStateMachine states, AccountStates accounts, Publishers publishers,
			PublishResults results, PostComposer composer, DispatcherSettings settings, XApiSettings x, NodeName node,
			PlatformTransactionManager transactions, Clock clock) {
		// A lease shorter than X's answer time would hand a post that is still in flight to another node.
		if (settings.lease().compareTo(x.requestTimeout().multipliedBy(2)) < 0) {
			throw new IllegalStateException("nashir.dispatcher.lease (" + settings.lease()
					+ ") must be at least twice nashir.x.request-timeout (" + x.requestTimeout() + ")");
		}
		this.posts = posts;
		this.states = states;
		this.accounts = accounts;
		this.publishers = publishers;
		this.results = results;
		this.composer = composer;
		this.settings = settings;
		this.node = node;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.lanes = Executors.newFixedThreadPool(settings.threads(), new CustomizableThreadFactory("dispatch-"));
	}

	/**
	 * One look at the queue: take back dead nodes' posts, wake due retries, and start a lane for
	 * each idle account with due posts.
	 *
	 * @return completes when the lanes started by this look are done
	 */
	CompletableFuture<Void> dispatch() {
		Instant now = clock.instant();
		for (long id : posts.expiredClaims(now)) {
			states.move(id, PostStatus.PUBLISHING, PostStatus.QUEUED, "taken back: its node stopped while publishing",
					Map.of("reclaimed", true, "due_at", now));
		}
		for (long id : posts.retriesDue(now)) {
			states.move(id, PostStatus.RETRY_WAIT, PostStatus.QUEUED, "time for the next attempt");
		}
		Instant latest = now.plus(LONGEST_WAIT);
		nextLook.set(posts.nextDue(now).filter(latest::isAfter).orElse(latest));
		List<CompletableFuture<Void>> started = new ArrayList<>();
		for (String account : posts.accountsWithDuePosts(now)) {
			startLane(account).ifPresent(started::add);
		}
		return CompletableFuture.allOf(started.toArray(CompletableFuture[]::new));
	}

	/**
	 * A post was queued: its account's lane runs now, without a look at the whole queue (in a burst
	 * of stories, a look for each would read every waiting post each time), and the next look comes
	 * no later than the post's time.
	 */
	void queued(String account, Instant dueAt) {
		if (dueAt.isAfter(clock.instant())) {
			lookBy(dueAt);
		}
		startLane(account);
	}

	/**
	 * When the next look is due: the earliest of a post falling due, a claim running out, an account's
	 * pacing letting a held post go, and {@link #LONGEST_WAIT} after the last look.
	 */
	Instant nextLook() {
		return nextLook.get();
	}

	private void lookBy(Instant at) {
		nextLook.accumulateAndGet(at, (planned, sooner) -> sooner.isBefore(planned) ? sooner : planned);
	}

	/** A lane for the account unless one runs; a running one then looks once more when it ends. */
	private Optional<CompletableFuture<Void>> startLane(String account) {
		if (lanes.isShutdown()) {
			return Optional.empty();
		}
		if (!busyAccounts.add(account)) {
			lookAgain.add(account);
			// The lane may have ended between the two calls, without seeing lookAgain.
			if (!busyAccounts.add(account)) {
				return Optional.empty();
			}
			lookAgain.remove(account);
		}
		return Optional.of(CompletableFuture.runAsync(() -> drain(account), lanes).whenComplete((done, failure) -> {
			busyAccounts.remove(account);
			if (lookAgain.remove(account)) {
				startLane(account);
			}
		}));
	}

	/**
	 * Sends the account's due posts in order while its slot allows. Stops taking posts once the
	 * node shuts down: the one in flight finishes, the rest stay QUEUED for the other nodes.
	 */
	private void drain(String account) {
		while (!lanes.isShutdown()) {
			Instant now = clock.instant();
			List<Post> due = posts.due(account, now, 1);
			if (due.isEmpty()) {
				return;
			}
			Post post = due.get(0);
			// Urgent posts come first, so a quiet account holds the rest until its hours end. By the pacing rules
			// the pages also show each waiting post's time with (AccountStates.sendTimes).
			Optional<Instant> goesAt = accounts.goesAt(post, now);
			if (goesAt.filter(now::equals).isEmpty()) {
				goesAt.ifPresent(this::lookBy);
				return;
			}
			Claim claim = claim(post, now);
			if (claim == Claim.SLOT_TAKEN) {
				return;
			}
			if (claim == Claim.CLAIMED) {
				send(post);
			}
		}
	}

	private enum Claim {

		CLAIMED,

		/** Another lane or node took the account's slot first, or the account's state changed. */
		SLOT_TAKEN,

		/** The post moved since it was read (an editor, another node): the slot stays open for the next one. */
		POST_MOVED

	}

	/**
	 * Takes the account's slot and the post in one transaction: one commit instead of two, and a post that
	 * moved meanwhile does not cost the account its slot.
	 */
	private Claim claim(Post post, Instant now) {
		return transaction.execute((status) -> {
			if (!accounts.takeSlot(post.account(), now)) {
				return Claim.SLOT_TAKEN;
			}
			if (states.move(post.id(), PostStatus.QUEUED, PostStatus.PUBLISHING, "claimed by " + node,
					Map.of("claimed_by", node.toString(), "claimed_until", now.plus(settings.lease()), "attempts",
							post.attempts() + 1))) {
				return Claim.CLAIMED;
			}
			status.setRollbackOnly();
			return Claim.POST_MOVED;
		});
	}

	private void send(Post post) {
		PublishOutcome outcome;
		try {
			outcome = publishers.forAccount(post.account())
				.publish(new OutgoingPost(post.account(), post.text(), image(post), post.title(),
						new OutgoingPost.PostKey(post.id(), post.createdAt()), post.link(), post.title()));
		}
		catch (RuntimeException ex) {
			results.crashed(post, ex);
			return;
		}
		results.record(post, outcome);
	}

	/** The post's image, or its article page's when its feed gave none. */
	private String image(Post post) {
		if (post.imageUrl() != null || post.link() == null || !posts.findsImage(post.id())) {
			return post.imageUrl();
		}
		String found = composer.pageImage(post.link()).orElse(null);
		posts.imageFound(post.id(), found);
		return found;
	}

	/** On shutdown, posts in flight finish; a post that cannot finish in time is taken back after its lease. */
	@Override
	public void destroy() throws InterruptedException {
		lanes.shutdown();
		if (!lanes.awaitTermination(settings.lease().toMillis(), TimeUnit.MILLISECONDS)) {
			log.warn("event=dispatcher_stopped_with_posts_in_flight node={}", node);
			lanes.shutdownNow();
		}
	}

}
