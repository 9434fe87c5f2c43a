package nashir.web;

import java.time.Instant;
import java.util.Locale;

import com.ibm.icu.text.MessageFormat;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The pages' texts, formatted by ICU's MessageFormat rather than the JDK's: plurals by CLDR's
 * rules ({@code {0, plural, zero {…} one {…} two {…} few {…} many {…} other {…}}}, Arabic's six
 * forms), numbers in the configured {@link Digits}, and an {@link Instant} argument written as a
 * time in the newsroom's zone. A text without arguments is used as written, as Spring does.
 */
class IcuMessageSource extends ResourceBundleMessageSource {

	private final Digits digits;

	private final NewsroomZone zone;

	IcuMessageSource(Digits digits, NewsroomZone zone) {
		this.digits = digits;
		this.zone = zone;
		setBasename("messages");
		setDefaultEncoding("UTF-8");
		setFallbackToSystemLocale(false);
	}

	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		if (code == null) {
			return null;
		}
		Locale at = locale == null ? Locale.getDefault() : locale;
		if (args == null || args.length == 0) {
			return resolveCodeWithoutArguments(code, at);
		}
		String pattern = resolveCodeWithoutArguments(code, at);
		if (pattern == null) {
			return null;
		}
		Object[] values = resolveArguments(args, at);
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Instant instant) {
				values[i] = this.digits.apply(this.zone.show(instant), at);
			}
		}
		return new MessageFormat(pattern, this.digits.locale(at)).format(values);
	}

}
