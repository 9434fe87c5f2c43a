package nashir.alert;

import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.MessageFormat;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An alert in words, from the message keys {@code alert.<kind>}: ICU patterns, so that counts take
 * each language's plural forms (Arabic has six). As {@code @alertTexts} in templates.
 */
@Component("alertTexts")
public class AlertTexts {

	private final MessageSource messages;

	AlertTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The one-line headline: "Feed ofoq has failed 3 times in a row". */
	public String headline(Alert alert, Locale locale) {
		Object[] args = alert.args().toArray();
		List<String> fields = alert.kind().fields();
		for (int i = 0; i < args.length; i++) {
			if (fields.get(i).equals("failures")) {
				args[i] = Long.valueOf(alert.args().get(i)); // a plural needs a number
			}
			else if (fields.get(i).equals("pause")) {
				args[i] = pattern("alert.pause." + alert.args().get(i), locale);
			}
		}
		return new MessageFormat(pattern("alert." + alert.kind().id(), locale), locale).format(args);
	}

	/** The headline, then the system's words on the cause when there are any. */
	public String text(Alert alert, Locale locale) {
		String headline = headline(alert, locale);
		return alert.detail() == null ? headline : headline + "\n" + alert.detail();
	}

	/** The raw pattern: without arguments Spring hands it over as written, for ICU to format. */
	private String pattern(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
