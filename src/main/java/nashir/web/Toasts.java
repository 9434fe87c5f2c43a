package nashir.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import nashir.queue.Post;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The toasts of the editors' actions, in the page's language. */
@Component
class Toasts {

	/** A post-now that goes later than this is said to wait, with its real time. */
	private static final Duration NOW = Duration.ofSeconds(30);

	private final MessageSource messages;

	private final SendTimes sendTimes;

	private final Views views;

	private final Clock clock;

	Toasts(MessageSource messages, SendTimes sendTimes, Views views, Clock clock) {
		this.messages = messages;
		this.sendTimes = sendTimes;
		this.views = views;
		this.clock = clock;
	}

	Toast done(String key, Object... args) {
		return new Toast(text(key, args), true, null);
	}

	Toast refused(String reason) {
		return new Toast(reason, false, null);
	}

	/** A cancel, with its undo offered. */
	Toast canceled(Post post) {
		return new Toast(text("toast.canceled", post.id()), true, post.id());
	}

	/** Post now: when the account's pacing holds it, says when it will really go. */
	Toast postedNow(Post post) {
		Instant at = sendTimes.of(post);
		if (at == null) {
			return done("toast.nowHeld", post.account());
		}
		return at.isAfter(clock.instant().plus(NOW)) ? done("toast.nowPaced", post.account(), views.time(at))
				: done("toast.now");
	}

	/** The text of a message key in the page's language. */
	/** The English words of a key, for the log and the API beside the reader's language. */
	String english(String key) {
		return messages.getMessage(key, null, Locale.ENGLISH);
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
