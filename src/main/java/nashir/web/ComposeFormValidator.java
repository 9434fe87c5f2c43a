package nashir.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

import nashir.compose.TweetLength;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The compose page's checks that span fields or need the outside world: at least one configured
 * account, text X accepts, a time still ahead but not absurdly far ({@link DueTimes}), an http(s) image address. Messages are keys in
 * {@code messages*.properties}.
 */
class ComposeFormValidator implements Validator {

	private final Set<String> accounts;

	private final DueTimes dueTimes;

	ComposeFormValidator(Set<String> accounts, DueTimes dueTimes) {
		this.accounts = accounts;
		this.dueTimes = dueTimes;
	}

	@Override
	public boolean supports(Class<?> type) {
		return ComposeForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ComposeForm form = (ComposeForm) target;
		if (form.getAccounts().isEmpty()) {
			errors.rejectValue("accounts", "compose.error.noAccount");
		}
		else if (!accounts.containsAll(form.getAccounts())) {
			errors.rejectValue("accounts", "compose.error.unknownAccount");
		}
		TweetLength length = TweetLength.asSent(form.getText());
		if (form.getText().isBlank()) {
			errors.rejectValue("text", "compose.error.empty");
		}
		else if (!length.valid()) {
			errors.rejectValue("text", "compose.error.tooLong", new Object[] { length.weightedLength(), TweetLength.MAX },
					null);
		}
		if (form.getDueAt() != null) {
			dueTimes.problem(form.getDueAt()).ifPresent(key -> errors.rejectValue("dueAt", key));
		}
		if (form.imageUrlOrNull() != null && !isWebAddress(form.getImageUrl())) {
			errors.rejectValue("imageUrl", "compose.error.image");
		}
	}

	private static boolean isWebAddress(String value) {
		try {
			URI uri = new URI(value);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
