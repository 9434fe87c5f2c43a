package nashir.schedule;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * This node's share of the feed polls: claims due schedules a batch at a time (up to four polls per
 * thread in hand, no more running at once for one site than the per-host limit, and twice that held
 * while the site answers quickly: {@link SiteSlots}), polls them on its pool, and writes the results
 * a batch at a time. It sleeps until something is due (at most a second, one indexed query per wake)
 * and wakes at once when the schedules change or an editor asks for a poll.
 */
class FeedSweep implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FeedSweep.class);

	/** The longest sleep: a poll due while this node sleeps is at most this late. */
	private static final long IDLE_WAIT_MS = 1000;

	/**
	 * Results wait at most this long, or until there are this many, to be written together: with
	 * the next claim, in its transaction, when there is room to claim.
	 */
	private static final long FLUSH_AFTER_MS = IDLE_WAIT_MS;

	private static final int FLUSH_AT = 64;

	/**
	 * Polls in hand per poll thread: the claimed ones wait in the pool's queue, and the next claim
	 * is made once half of them are done. One claim (a transaction and a commit, with the finished
	 * polls' results) then serves two polls per thread instead of one per finished poll: at 2,000
	 * feeds a minute and 8 threads, two claims a second. Four per thread keeps a claimed poll's wait
	 * (three polls of its thread at most) short against its lease.
	 */
	private static final int IN_HAND_PER_THREAD = 4;

	private final ScheduleClaims claims;

	private final ScheduleCatalog catalog;

	private final FeedPoller poller;

	private final SweepSettings settings;

	private final Clock clock;

	private final ExecutorService pool;

	/** This node's polls of each site: running, and held for a place to run. */
	private final SiteSlots sites;

	private final Set<String> polling = ConcurrentHashMap.newKeySet();

	private final Queue<ScheduleClaims.Result> done = new ConcurrentLinkedQueue<>();

	private final Object signal = new Object();

	private boolean woken;

	/**
	 * The last claim filled every free thread, or left due polls behind for a site's limit: more may
	 * be due, so a finished poll wakes the sweep.
	 */
	private volatile boolean busy;

	private volatile long oldestResultAt;

	private volatile Thread loop;

	private boolean failing;

	FeedSweep(ScheduleClaims claims, ScheduleCatalog catalog, FeedPoller poller, SweepSettings settings, Clock clock) {
		this.claims = claims;
		this.catalog = catalog;
		this.poller = poller;
		this.settings = settings;
		this.clock = clock;
		AtomicInteger threads = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(settings.pollThreads(), task -> {
			Thread thread = new Thread(task, "feed-poll-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.sites = new SiteSlots(settings.perHostLimit(), settings.claimLease(), pool);
	}

	/**
	 * Once half the polls in hand are done, writes the finished polls' results and claims what is due
	 * (one transaction), and hands it to the pool; until then, writes the results due for writing.
	 * The number of polls claimed.
	 */
	int runOnce() {
		int inHand = settings.pollThreads() * IN_HAND_PER_THREAD;
		int free = inHand - polling.size();
		if (free < inHand / 2) {
			flush(false);
			return 0;
		}
		Instant now = clock.instant();
		List<ScheduleClaims.Due> chosen = new ArrayList<>();
		List<ScheduleClaims.Due> won = List.of();
		Map<String, String> hostOf = new HashMap<>();
		boolean[] leftBehind = { false };
		List<ScheduleClaims.Result> finished = takeResults();
		try {
			won = claims.claim(finished, free, now, due -> {
				chosen.addAll(choose(due, free, hostOf));
				leftBehind[0] = due.size() > chosen.size();
				return chosen;
			});
		}
		catch (DataAccessException | TransactionException ex) {
			// Written with the next claim; their claims hold until then (or their lease runs out).
			done.addAll(finished);
			throw ex;
		}
		finally {
			chosen.removeAll(won);
			chosen.forEach(lost -> sites.unhold(hostOf.get(lost.id())));
		}
		// A claim cut short by a site's limit left due polls behind: the end of one of its polls
		// makes room for the next, which should not wait for the idle tick.
		busy = won.size() == free || leftBehind[0];
		Instant startBy = now.plus(settings.claimLease().dividedBy(2));
		for (ScheduleClaims.Due due : won) {
			polling.add(due.id());
			String host = hostOf.get(due.id());
			sites.run(host, () -> poll(due, host, startBy));
		}
		return won.size();
	}

	/** Waits for this node's polls to end and writes their results (tests; a stop). */
	void drain(Duration atMost) throws InterruptedException {
		long deadline = System.nanoTime() + atMost.toNanos();
		while (!polling.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		flush(true);
	}

	/** Sweeps now rather than at the next tick: the schedules changed, or an editor asked for a poll. */
	void wake() {
		synchronized (signal) {
			woken = true;
			signal.notifyAll();
		}
	}

	/**
	 * The due schedules this sweep takes: those it can read, no more than {@code free}, and a site's
	 * only while it has a place ({@link SiteSlots}); each one's site goes in {@code hostOf}.
	 */
	private List<ScheduleClaims.Due> choose(List<ScheduleClaims.Due> due, int free, Map<String, String> hostOf) {
		List<ScheduleClaims.Due> chosen = new ArrayList<>();
		for (ScheduleClaims.Due candidate : due) {
			if (chosen.size() == free) {
				break;
			}
			String host = catalog.schedule(candidate.id(), candidate.contentHash()).map(s -> host(s.feed())).orElse("");
			// A place is taken before the claim commits; a claim another node won gives it back.
			if (!polling.contains(candidate.id()) && sites.hold(host)) {
				hostOf.put(candidate.id(), host);
				chosen.add(candidate);
			}
		}
		return chosen;
	}

	/**
	 * Polls a claimed schedule, unless it waited (for a thread, or for its site's place) past
	 * {@code startBy}: then its poll could outlast the claim, and it is left for its claim to run out
	 * and be taken again.
	 */
	private void poll(ScheduleClaims.Due due, String host, Instant startBy) {
		if (clock.instant().isAfter(startBy)) {
			log.warn("event=poll_skipped schedule={} reason=\"waited past half its claim lease\"", due.id());
			sites.ended(host, null);
			polling.remove(due.id());
			return;
		}
		long started = System.nanoTime();
		String outcome;
		Instant notBefore = null;
		try {
			Optional<Schedule> schedule = catalog.schedule(due.id(), due.contentHash());
			if (schedule.isPresent()) {
				FeedPoller.Polled polled = poller.poll(schedule.get());
				outcome = polled.outcome();
				notBefore = polled.notBefore();
			}
			else {
				outcome = "not polled: its definition cannot be read on node " + claims.node();
			}
		}
		catch (RuntimeException ex) {
			log.error("event=poll_failed schedule={} reason=\"{}\"", due.id(), ex.toString(), ex);
			outcome = "failed: " + ex.getClass().getSimpleName();
		}
		Instant now = clock.instant();
		Instant next = due.timing().after(now);
		if (next != null && notBefore != null && notBefore.isAfter(next)) {
			next = notBefore;
		}
		if (done.isEmpty()) {
			oldestResultAt = System.nanoTime();
		}
		done.add(new ScheduleClaims.Result(due, now, next, outcome));
		// A held poll of the site taking its place leaves no room for a claim: the sweep sleeps on.
		boolean room = sites.ended(host, Duration.ofNanos(System.nanoTime() - started));
		polling.remove(due.id());
		if (busy && room || done.size() >= FLUSH_AT) {
			wake();
		}
	}

	private void flush(boolean now) {
		if (done.isEmpty() || !now && done.size() < FLUSH_AT
				&& System.nanoTime() - oldestResultAt < TimeUnit.MILLISECONDS.toNanos(FLUSH_AFTER_MS)) {
			return;
		}
		List<ScheduleClaims.Result> batch = takeResults();
		try {
			claims.complete(batch);
		}
		catch (DataAccessException | TransactionException ex) {
			// Tried again at the next wake; the claims hold until then (or their lease runs out).
			done.addAll(batch);
			throw ex;
		}
	}

	private List<ScheduleClaims.Result> takeResults() {
		List<ScheduleClaims.Result> batch = new ArrayList<>();
		for (ScheduleClaims.Result result = done.poll(); result != null; result = done.poll()) {
			batch.add(result);
		}
		return batch;
	}

	private static String host(URI feed) {
		return feed.getHost() == null ? feed.getScheme() : feed.getHost().toLowerCase();
	}

	private void sweep() {
		while (loop == Thread.currentThread()) {
			try {
				runOnce();
				failing = false;
			}
			catch (DataAccessException | TransactionException ex) {
				// Once per failing spell, not every second while the database is away.
				if (!failing) {
					log.error("event=sweep_failed node={} reason=\"{}\"", claims.node(), ex.getMessage());
				}
				failing = true;
			}
			synchronized (signal) {
				try {
					if (!woken) {
						signal.wait(IDLE_WAIT_MS);
					}
				}
				catch (InterruptedException ex) {
					return;
				}
				woken = false;
			}
		}
	}

	@Override
	public boolean isAutoStartup() {
		return settings.sweep();
	}

	@Override
	public synchronized void start() {
		Thread thread = new Thread(this::sweep, "feed-sweep");
		thread.setDaemon(true);
		loop = thread;
		thread.start();
		log.info("event=sweep_started node={} threads={} per_host={} lease={}", claims.node(), settings.pollThreads(),
				settings.perHostLimit(), settings.claimLease());
	}

	/** Takes no new poll, lets the running ones end (within the lease) and writes their results. */
	@Override
	public synchronized void stop() {
		Thread thread = loop;
		loop = null;
		if (thread != null) {
			wake();
			try {
				thread.join(settings.claimLease().toMillis());
				drain(settings.claimLease());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (DataAccessException | TransactionException ex) {
				log.warn("event=sweep_results_lost node={} reason=\"{}\": their claims run out", claims.node(), ex.getMessage());
			}
		}
		pool.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return loop != null;
	}

}
