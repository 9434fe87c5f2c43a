package nashir.web;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** A date range that ends before it starts shows nothing: say so instead. */
class LogFilterValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return LogFilter.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		LogFilter filter = (LogFilter) target;
		if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
			errors.rejectValue("to", "log.error.range");
		}
		if (filter.q() != null && filter.q().length() > 200) {
			errors.rejectValue("q", "log.error.search");
		}
	}

}
