package nashir.queue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nashir.cost.BudgetCalendar;
import nashir.cost.PostPrices;
import nashir.publish.Account;
import nashir.publish.AccountPause;
import nashir.publish.AccountDirectory;
import nashir.publish.Budget;
import nashir.publish.Network;
import nashir.publish.RateLimitStatus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Each account's right to post now: paused while X refuses the account (credentials, credits,
 * permission), blocked until a rate limit resets, paced by {@code min-interval}, capped by
 * {@code daily-cap}, held within its budget. An account paused for credits tries one post every
 * {@code credits-probe}.
 */
@Service
public class AccountStates {

	private static final Logger log = LoggerFactory.getLogger(AccountStates.class);

	private static final Duration DAY = Duration.ofHours(24);

	private final AccountStateRepository states;

	private final AccountDirectory settings;

	private final ApplicationEventPublisher events;

	private final PostPrices prices;

	private final BudgetCalendar calendar;

	private final Clock clock;

	AccountStates(AccountStateRepository states, AccountDirectory settings, ApplicationEventPublisher events,
			PostPrices prices, BudgetCalendar calendar, Clock clock) {
		this.states = states;
		this.settings = settings;
		this.events = events;
		this.prices = prices;
		this.calendar = calendar;
		this.clock = clock;
	}

	public List<AccountStatus> all() {
		return settings.names().stream().map(this::status).toList();
	}

	public AccountStatus status(String name) {
		Account account = account(name);
		Instant now = clock.instant();
		// A read writes nothing: an account that never posted simply has no row yet.
		AccountStateRepository.Row row = states.find(name).orElseGet(() -> AccountStateRepository.Row.fresh(name));
		int sent = states.publishedSince(name, now.minus(DAY));
		Spending spending = spending(name, account, now, true);
		// The spell the dispatcher last found is the reason while its day or month and budget last.
		boolean waitsForBudget = row.budgetSpell() != null && spending.holds(row.budgetSpell(), now);
		AccountStatus.State state = (row.pause() != null) ? AccountStatus.State.PAUSED
				: row.blockedUntil() != null && row.blockedUntil().isAfter(now) ? AccountStatus.State.RATE_LIMITED
						: capped(account, sent) ? AccountStatus.State.CAPPED
								: waitsForBudget ? AccountStatus.State.BUDGET_SPENT
										: isQuiet(name, now) ? AccountStatus.State.QUIET : AccountStatus.State.OK;
		return new AccountStatus(name, state, !account.sends(), row.pause(), row.pausedAt(), row.probeAt(),
				row.blockedUntil(), row.quota(), row.lastSentAt(), sent, account.dailyCap(), spending.spentToday(),
				spending.spentThisMonth(), calendar.projection(spending.spentThisMonth(), now), account.budget(),
				waitsForBudget ? row.budgetReason() : null);
	}

	/** What X charged each account, ever, in USD: the recorded costs of its published posts. */
	public Map<String, BigDecimal> spentInAll() {
		return states.spentInAll();
	}

	/** Refuses an account name that is not configured, naming the ones that are. */
	void requireKnown(String name) {
		account(name);
	}

	/** An operator's word that what X refused is fixed: the account's waiting posts go out again. */
	public boolean resume(String name) {
		account(name);
		boolean resumed = states.resume(name, null, clock.instant());
		if (resumed) {
			log.info("event=account_resumed account={}", name);
			events.publishEvent(new QueueChanged());
		}
		return resumed;
	}

	/** Whether the account is in its quiet hours, when only urgent posts go out. */
	private boolean isQuiet(String name, Instant now) {
		Account account = account(name);
		return account.quietHours() != null && account.quietHours().contains(now);
	}

	void pause(String name, AccountPause pause) {
		Instant now = clock.instant();
		Instant probeAt = pause.probes() ? now.plus(account(name).creditsProbe()) : null;
		states.ensure(name, now);
		// Read before the write: a credits probe that finds them still spent pauses again, but is no news.
		boolean fresh = states.find(name).map((row) -> row.pause() == null).orElse(true);
		states.pause(name, pause, probeAt, now);
		log.warn("event=account_paused account={} kind={} probe_at={} reason=\"{}\"", name, pause.kind(), probeAt,
				pause.reason());
		if (fresh) {
			events.publishEvent(new AccountPaused(name, pause.kind(), pause.reason(), now));
		}
	}

	/** X took a post: a pause for credits is over (they were bought); other pauses wait for an operator. */
	void tookPost(String name) {
		if (states.resume(name, AccountPause.Kind.CREDITS, clock.instant())) {
			log.info("event=account_resumed account={} reason=\"X took a post again\"", name);
		}
	}

	/** The account's pacing rules now: what {@link Pacing#next} needs to say when its next post may go. */
	Pacing pacing(String name, Instant now) {
		Account account = account(name);
		AccountStateRepository.Row row = states.find(name).orElseGet(() -> AccountStateRepository.Row.fresh(name));
		boolean probing = row.pause() != null && row.probeAt() != null;
		Instant opensAt = row.pause() != null && !probing ? null
				: latest(probing ? row.probeAt() : now, row.blockedUntil(),
						row.lastSentAt() == null ? null : row.lastSentAt().plus(account.minInterval()));
		List<Instant> sent = account.dailyCap() > 0 ? states.publishedTimesSince(name, now.minus(DAY)) : List.of();
		// Without a budget nothing is summed: the dispatcher asks for each post.
		Spending spending = account.budget().equals(Budget.NONE) ? Spending.NONE : spending(name, account, now, false);
		return new Pacing(opensAt, probing, account.minInterval(), account.dailyCap(), account.quietHours(), sent,
				spending);
	}

	/**
	 * What the account spent in the newsroom's day and month of {@code now}, from the recorded costs:
	 * for pacing only the periods it has a budget for (a month's sum reads every post of the month).
	 */
	private Spending spending(String name, Account account, Instant now, boolean both) {
		LocalDate today = calendar.day(now);
		YearMonth month = YearMonth.from(today);
		BigDecimal spentToday = both || account.budget().daily() != null
				? states.spentSince(name, calendar.startOf(today)) : BigDecimal.ZERO;
		BigDecimal spentThisMonth = both || account.budget().monthly() != null
				? states.spentSince(name, calendar.startOf(month)) : BigDecimal.ZERO;
		return new Spending(account.budget(), calendar, today, spentToday, month, spentThisMonth);
	}

	/**
	 * When the post may go, by {@link Pacing#next}: now, later, or empty while only an operator can
	 * let it (a pause) or its budget never will. When its account's budget holds it back, the account
	 * enters that budget spell: {@link BudgetReached} once per spell, whatever the node.
	 */
	Optional<Instant> goesAt(Post post, Instant now) {
		Account account = account(post.account());
		Pacing pacing = pacing(post.account(), now);
		BigDecimal budgeted = budgeted(account, post);
		Optional<Instant> at = pacing.next(now, post.urgent(), budgeted);
		if (at.filter(now::equals).isEmpty()) {
			pacing.spending().over(now, budgeted).ifPresent(wait -> budgetReached(post.account(), wait, now));
		}
		return at;
	}

	private void budgetReached(String name, Spending.Wait wait, Instant now) {
		states.ensure(name, now);
		if (states.enterBudgetSpell(name, wait.spell(), wait.reason(), now)) {
			log.warn("event=budget_reached account={} period={} budget={} spent={}", name, wait.period(),
					wait.budget().toPlainString(), wait.spent().toPlainString());
			events.publishEvent(new BudgetReached(name, wait.period(), wait.budget(), wait.spent(), now));
		}
	}

	/** Whether a post of the account, once sent, is charged for: X's are, other networks' are not. */
	boolean charged(String account) {
		return settings.find(account).map(Account::type).orElse(Network.X).charges();
	}

	/** What X will charge for the post: nothing in dry run or on another network. */
	private BigDecimal price(Account account, Post post) {
		return prices.of(post.text(), account.type().charges(), account.sends()).usd();
	}

	/** What the post counts against the budget: nothing when an editor let it pass. */
	private BigDecimal budgeted(Account account, Post post) {
		return post.budgetOverride() ? BigDecimal.ZERO : price(account, post);
	}

	/**
	 * When each of the account's waiting posts will really go, by the rules the dispatcher applies
	 * ({@link Pacing#next}), taking them in its order. A post missing from the answer waits for an
	 * operator to resume the account.
	 */
	public Map<Long, Instant> sendTimes(String name, List<Post> waiting) {
		Instant now = clock.instant();
		Account account = account(name);
		Pacing pacing = pacing(name, now);
		List<Post> left = new ArrayList<>(waiting);
		Map<Long, Instant> times = new HashMap<>();
		while (!left.isEmpty()) {
			Pacing current = pacing;
			// The post the dispatcher would send next: the earliest it may go, urgent first, then its own order.
			Optional<Map.Entry<Post, Instant>> first = left.stream()
				.flatMap(post -> current.next(latest(now, post.dueAt()), post.urgent(), budgeted(account, post))
					.map(at -> Map.entry(post, at))
					.stream())
				.min(Map.Entry.<Post, Instant>comparingByValue().thenComparing(entry -> !entry.getKey().urgent())
					.thenComparing(entry -> entry.getKey().dueAt())
					.thenComparing(entry -> entry.getKey().id()));
			if (first.isEmpty()) {
				break;
			}
			times.put(first.get().getKey().id(), first.get().getValue());
			left.remove(first.get().getKey());
			pacing = pacing.after(first.get().getValue(), price(account, first.get().getKey()));
		}
		return times;
	}

	/**
	 * Takes the account's next posting slot. The caller has asked {@link #pacing} first; this is the
	 * conditional update that makes one node the winner of the slot.
	 *
	 * @return false when another lane or node took the slot, or the account's state changed
	 */
	boolean takeSlot(String name, Instant now) {
		Account account = account(name);
		states.ensure(name, now);
		return states.takeSlot(name, now, now.minus(account.minInterval()), now.plus(account.creditsProbe()));
	}

	private static Instant latest(Instant first, Instant... others) {
		Instant latest = first;
		for (Instant other : others) {
			latest = other != null && other.isAfter(latest) ? other : latest;
		}
		return latest;
	}

	/**
	 * Keeps X's word on the quota. Known exhaustion blocks the account until the reset, so no
	 * request is sent that X would refuse anyway.
	 */
	void recordQuota(String name, RateLimitStatus quota, Instant blockedUntil) {
		Instant until = blockedUntil;
		if (quota.remaining() != null && quota.remaining() == 0 && quota.reset() != null) {
			until = later(until, quota.reset());
		}
		if (quota.dailyRemaining() != null && quota.dailyRemaining() == 0 && quota.dailyReset() != null) {
			until = later(until, quota.dailyReset());
		}
		states.quota(name, quota, until, clock.instant());
	}

	private static Instant later(Instant a, Instant b) {
		return a == null || b.isAfter(a) ? b : a;
	}

	private boolean capped(Account account, int sent) {
		return account.dailyCap() > 0 && sent >= account.dailyCap();
	}

	private Account account(String name) {
		return settings.get(name);
	}

}
