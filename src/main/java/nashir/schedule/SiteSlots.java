package nashir.schedule;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * A node's polls of each site. No more than the per-host limit of them run at once. While a site
 * answers quickly, twice as many are held (claimed), the others waiting for a running one to end:
 * one claim then serves a site's next polls. With every feed on one site, a claim (a transaction
 * and a commit) for every poll was most of PostgreSQL's work. A slow site's polls are held only up
 * to its limit, because a held poll must start within half its claim's lease.
 */
final class SiteSlots {

	private final int limit;

	/** A site whose last poll took no longer than this answers quickly: a held poll waits at most that long. */
	private final Duration quick;

	private final Executor pool;

	private final Map<String, Site> sites = new HashMap<>();

	private static final class Site {

		int held;

		int running;

		Duration lastTook;

		final Queue<Runnable> waiting = new ArrayDeque<>();

	}

	SiteSlots(int limit, Duration lease, Executor pool) {
		this.limit = limit;
		this.quick = lease.dividedBy(4);
		this.pool = pool;
	}

	/** Takes a place for one more claimed poll of the site, if it has one. */
	synchronized boolean hold(String host) {
		Site site = sites.computeIfAbsent(host, unused -> new Site());
		boolean answersQuickly = site.lastTook != null && site.lastTook.compareTo(quick) <= 0;
		if (site.held >= (answersQuickly ? 2 * limit : limit)) {
			return false;
		}
		site.held++;
		return true;
	}

	/** Gives back the place of a poll that will not run: another node won its claim. */
	synchronized void unhold(String host) {
		sites.get(host).held--;
	}

	/** Starts the poll now if fewer than the limit of the site's polls run, else once one of them ends. */
	synchronized void run(String host, Runnable poll) {
		Site site = sites.get(host);
		if (site.running < limit) {
			site.running++;
			pool.execute(poll);
		}
		else {
			site.waiting.add(poll);
		}
	}

	/**
	 * A poll of the site ended after {@code took} ({@code null}: it was not made), and the next one
	 * waiting starts in its place. Whether none was waiting: then the site has room for a claim.
	 */
	synchronized boolean ended(String host, Duration took) {
		Site site = sites.get(host);
		site.held--;
		if (took != null) {
			site.lastTook = took;
		}
		Runnable next = site.waiting.poll();
		if (next != null) {
			pool.execute(next);
			return false;
		}
		site.running--;
		return true;
	}

}
