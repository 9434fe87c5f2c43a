package nashir.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Set;

import nashir.compose.TweetLength;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The compose page's checks that span fields or need the outside world: at least one configured
 * account, text X accepts, a time still ahead, an http(s) image address. Messages are keys in
 * {@code messages*.properties}.
 */
class ComposeFormValidator implements Validator {

	private final Set<String> accounts;

	private final NewsroomZone zone;

	private final Clock clock;

	ComposeFormValidator(Set<String> accounts, NewsroomZone zone, Clock clock) {
		this.accounts = accounts;
		this.zone = zone;
		this.clock = clock;
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
		if (form.getDueAt() != null && !zone.toInstant(form.getDueAt()).isAfter(clock.instant())) {
			errors.rejectValue("dueAt", "compose.error.past");
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
