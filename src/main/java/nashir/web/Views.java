package nashir.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.NumberFormat;

import nashir.compose.PostLinks;
import nashir.queue.Post;
import nashir.queue.PostStatus;
import nashir.schedule.PollTrigger;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What templates ask of a post or a time, as {@code @views}: kept in Java so every page answers alike. */
@Component("views")
class Views {

	private static final Pattern SCHEME = Pattern.compile("(?i)^https?://(www\\.)?");

	/** About what X shows of a link, so a link takes part of a line on a phone, never lines. */
	private static final int LABEL_MAX = 32;

	private final NewsroomZone zone;

	private final Digits digits;

	Views(NewsroomZone zone, Digits digits) {
		this.zone = zone;
		this.digits = digits;
	}

	/** A time in the newsroom's zone, in the page's digits, read left to right. */
	public String time(Instant instant) {
		return digits(zone.show(instant));
	}

	/** A whole number in the page's digits, grouped as the page's language groups them. */
	public String number(long number) {
		return NumberFormat.getIntegerInstance(digits.locale(locale())).format(number);
	}

	/** A measure with one decimal (seconds of latency), in the page's digits. */
	public String decimal(double number) {
		NumberFormat format = NumberFormat.getNumberInstance(digits.locale(locale()));
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(number);
	}

	/** An id or a count written elsewhere ("3 / 50", a tweet id), its digits in the page's style. */
	public String digits(Object text) {
		return text == null ? "" : digits.apply(text.toString(), locale());
	}

	/** The numbering system (CLDR's name) of the page's digits, for the script's own number formats. */
	public String numberingSystem() {
		return digits.locale(locale()).getKeywordValue("numbers");
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** The value of a {@code datetime-local} input. */
	public String inputTime(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(zone.toLocal(instant));
	}

	/** How often a schedule polls, as its file says it: {@code 60s} or the cron expression. */
	public String trigger(PollTrigger trigger) {
		if (trigger instanceof PollTrigger.Every every) {
			return every.interval().toSeconds() + "s";
		}
		PollTrigger.Cron cron = (PollTrigger.Cron) trigger;
		return cron.expression() + " (" + cron.zone() + ")";
	}

	/** A post's text as an editor edits it: links readable, encoded again on save. */
	public String readable(String text) {
		return PostLinks.forReading(text);
	}

	/** A post's text cut into plain text, links, hashtags and mentions ({@code fragments/text :: text}). */
	public List<PostLinks.Part> parts(String text) {
		return PostLinks.parts(text);
	}

	/** One address (a feed's), a link part when it is an http(s) link ({@code fragments/text :: link}). */
	public PostLinks.Part address(String address) {
		return PostLinks.link(address);
	}

	/**
	 * What a link shows: its host and the start of its path, readable, cut to one short line (the
	 * whole link is in the title and in what is copied).
	 */
	public String label(PostLinks.Part link) {
		String shown = SCHEME.matcher(link.text()).replaceFirst("");
		if (shown.codePointCount(0, shown.length()) <= LABEL_MAX) {
			return shown;
		}
		return shown.substring(0, shown.offsetByCodePoints(0, LABEL_MAX - 1)) + "…";
	}

	/** Whether an editor may still change the post's text, time or state. */
	public boolean isWaiting(Post post) {
		return post.status() == PostStatus.REVIEW || post.status() == PostStatus.QUEUED;
	}

	/**
	 * The post on its network, or {@code null} when there is none (not sent yet, or sent in dry
	 * run): the address the network gave, or X's made from the tweet id.
	 */
	public String xLink(Post post) {
		return xUrl(post);
	}

	/**
	 * A post X took without a readable answer (no tweet id, or an HTML page instead of X's JSON):
	 * it is not sent again, so someone should look on X whether it is there.
	 */
	public boolean needsCheck(Post post) {
		return post.status() == PostStatus.PUBLISHED && !post.dryRun()
				&& (post.tweetId() == null || post.error() != null && post.error().contains("answer unreadable"));
	}

	static String xUrl(Post post) {
		if (post.dryRun()) {
			return null;
		}
		if (post.publishedUrl() != null) {
			return post.publishedUrl();
		}
		return post.tweetId() == null ? null : "https://x.com/i/web/status/" + post.tweetId();
	}

}
