package nashir.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import nashir.compose.ComposeRules;
import nashir.compose.ComposedPost;
import nashir.compose.ImageMode;
import nashir.compose.InvalidTemplateException;
import nashir.compose.LengthRule;
import nashir.compose.PostComposer;
import nashir.compose.PostLength;
import nashir.compose.PostTemplate;
import nashir.compose.Story;
import nashir.feed.FeedHealth;
import nashir.feed.FeedItem;
import nashir.feed.FeedRefresher;
import nashir.feed.FeedSource;
import nashir.feed.NewItemsHandler;
import nashir.feed.PollOutcome;
import nashir.publish.Account;
import nashir.publish.AccountDirectory;
import nashir.publish.Publishers;
import nashir.queue.NewPost;
import nashir.queue.PostQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One poll of a schedule's feed, and what becomes of its new stories: a composed post for each
 * of the schedule's accounts, queued (or held for review) in the transaction that records the
 * story as seen. Composing here never reads an article page (that would hold the transaction
 * open on a slow site): a story without a feed image takes its page's image when it is sent.
 */
@Component
class FeedPoller implements NewItemsHandler {

	private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

	private final ScheduleCatalog catalog;

	private final FeedRefresher refresher;

	private final PostComposer composer = PostComposer.offline();

	private final PostQueue queue;

	private final Clock clock;

	private final AccountDirectory accounts;

	private final Publishers publishers;

	/** Accounts' default templates as parsed, by their text: a bad one (from the configuration) is warned about once. */
	private final Map<String, Optional<PostTemplate>> accountTemplates = new ConcurrentHashMap<>();

	FeedPoller(ScheduleCatalog catalog, FeedRefresher refresher, PostQueue queue, Clock clock,
			AccountDirectory accounts, Publishers publishers) {
		this.catalog = catalog;
		this.refresher = refresher;
		this.queue = queue;
		this.clock = clock;
		this.accounts = accounts;
		this.publishers = publishers;
	}

	/**
	 * Polls the schedule's feed once and says how it went, and when the feed wants no poll before
	 * (a failing feed's back-off, a site's Retry-After). Never throws.
	 */
	Polled poll(Schedule schedule) {
		PollOutcome outcome;
		try {
			// Asked here, before the ledger's transaction opens: a network may read its limits over
			// the network (a Mastodon instance's, once an hour).
			Map<String, LengthRule> lengths = lengthRules(schedule);
			outcome = refresher.refresh(schedule.feedSource(), (source, items) -> queue(schedule, items, lengths));
		}
		catch (RuntimeException ex) {
			log.error("event=poll_failed schedule={} reason=\"{}\"", schedule.id(), ex.toString(), ex);
			return new Polled("failed: " + ex.getClass().getSimpleName(), null);
		}
		if (outcome instanceof PollOutcome.Failed failed) {
			log.warn("event=poll_failed schedule={} reason=\"{}\"", schedule.id(), failed.message());
			return new Polled("failed: " + failed.message(),
					refresher.health(schedule.id()).map(FeedHealth::retryAt).orElse(null));
		}
		log.debug("event=poll schedule={} outcome={}", schedule.id(), outcome);
		if (outcome instanceof PollOutcome.Updated updated) {
			return new Polled("updated: " + updated.fresh() + " new of " + updated.items(), null);
		}
		if (outcome instanceof PollOutcome.BackedOff backedOff) {
			return new Polled("backing off", backedOff.retryAt());
		}
		return new Polled("not modified", null);
	}

	/**
	 * @param outcome in a few words, for the feeds page
	 * @param notBefore the feed is not worth fetching before this, or {@code null}
	 */
	record Polled(String outcome, Instant notBefore) {
	}

	/** A WebSub push's new items: the schedule as it is now. */
	@Override
	public void accept(FeedSource source, List<FeedItem> newItems) {
		Schedule schedule = catalog.find(source.feedId())
			.orElseThrow(() -> new IllegalStateException("no schedule for feed " + source.feedId()));
		queue(schedule, newItems, lengthRules(schedule));
	}

	private void queue(Schedule schedule, List<FeedItem> newItems, Map<String, LengthRule> lengths) {
		Instant now = clock.instant();
		for (FeedItem item : newItems) {
			Story story = Stories.of(item, schedule.site());
			for (String account : schedule.accounts()) {
				LengthRule length = lengths.get(account);
				enqueue(schedule, item, account, composer.compose(story, rules(schedule, account), account, length),
						length, now);
			}
		}
	}

	/** How each of the schedule's accounts' networks counts a post. */
	private Map<String, LengthRule> lengthRules(Schedule schedule) {
		return schedule.accounts().stream().distinct()
			.collect(Collectors.toMap(account -> account, publishers::lengthRule));
	}

	/** The schedule's rules for the account, with the account's default template where the schedule names none. */
	private ComposeRules rules(Schedule schedule, String account) {
		return accounts.find(account)
			.map(Account::template)
			.flatMap(text -> accountTemplates.computeIfAbsent(text, unused -> parsed(account, text)))
			.map(template -> schedule.compose().withAccountDefault(account, template))
			.orElse(schedule.compose());
	}

	private static Optional<PostTemplate> parsed(String account, String text) {
		try {
			return Optional.of(PostTemplate.parse(text));
		}
		catch (InvalidTemplateException ex) {
			log.warn("event=account_template_refused account={} reason=\"{}\": the schedule's template is used", account,
					ex.getMessage());
			return Optional.empty();
		}
	}

	/** Why a post waits for an editor: its network and its count by that network's rule. */
	private String tooLong(String account, PostLength length) {
		return "too long for " + publishers.network(account).title() + " even when shortened (" + length.length() + "/"
				+ length.max() + ")";
	}

	private void enqueue(Schedule schedule, FeedItem item, String account, ComposedPost post, LengthRule length,
			Instant now) {
		// A text the network would refuse even after shortening goes to an editor instead of failing later.
		boolean review = schedule.mode() == Schedule.Mode.REVIEW || !post.valid();
		String reason = !post.valid() ? tooLong(account, length.measure(post.text()))
				: review ? "new story, waits for review" : "new story";
		boolean findImage = schedule.compose().image() == ImageMode.AUTO && post.imageUrl() == null;
		queue.enqueue(new NewPost(schedule.id(), account, item.key(), item.title(), item.link().toString(), post.text(),
				post.imageUrl(), review, false, now, item.published(), now, findImage), reason)
			.ifPresent(queued -> log.info("event=post_queued schedule={} account={} post={} item={}", schedule.id(),
					account, queued.id(), item.key()));
	}

}
