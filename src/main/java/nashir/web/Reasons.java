package nashir.web;

import java.util.List;
import java.util.Locale;

import nashir.text.Reason;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reasons in the reader's language, as {@code @reasons} in templates: a reason with a message key
 * is said by its key, one without (written before reasons had keys) as its English sentence.
 */
@Component("reasons")
class Reasons {

	private final MessageSource messages;

	Reasons(MessageSource messages) {
		this.messages = messages;
	}

	/** A reason kept as a string (a column, a flash attribute), or {@code null}. */
	public String text(String stored) {
		return say(Reason.read(stored));
	}

	public String say(Reason reason) {
		if (reason == null) {
			return null;
		}
		return say(reason.key(), reason.args(), reason.english());
	}

	/** A rejected schedule file: its name, its line when one is at fault, and why (see {@code InvalidScheduleException}). */
	public String problem(Reason problem) {
		if (problem.key() == null || problem.args().size() < 2) {
			return problem.english();
		}
		List<Object> args = problem.args();
		String why = say(problem.key(), args.subList(2, args.size()), problem.english());
		boolean atLine = args.get(1) instanceof Long line && line > 0;
		return say(atLine ? "schedules.problem.line" : "schedules.problem.file", List.of(args.get(0), args.get(1), why),
				problem.english());
	}

	private String say(String key, List<Object> args, String english) {
		if (key == null) {
			return english;
		}
		Locale locale = LocaleContextHolder.getLocale();
		try {
			return messages.getMessage(key, args.toArray(), locale);
		}
		catch (NoSuchMessageException ex) {
			// A key without a text yet: the English sentence is still true.
			return english;
		}
	}

}
