package nashir.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The compose page's checks that span fields or need the outside world: at least one configured
 * account, a text each chosen account's network accepts (by its own rule, {@link ChannelCounts}), a time still ahead but not absurdly far ({@link DueTimes}), an http(s) image address. Messages are keys in
 * {@code messages*.properties}.
 */
class ComposeFormValidator implements Validator {

	private final Set<String> accounts;

	private final DueTimes dueTimes;

	private final ChannelCounts counts;

	ComposeFormValidator(Set<String> accounts, DueTimes dueTimes, ChannelCounts counts) {
		this.accounts = accounts;
		this.dueTimes = dueTimes;
		this.counts = counts;
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
		if (form.getText().isBlank()) {
			errors.rejectValue("text", "compose.error.empty");
		}
		else {
			checkLength(form, errors);
		}
		if (form.getDueAt() != null) {
			dueTimes.problem(form.getDueAt()).ifPresent(key -> errors.rejectValue("dueAt", key));
		}
		if (form.imageUrlOrNull() != null && !isWebAddress(form.getImageUrl())) {
			errors.rejectValue("imageUrl", "compose.error.image");
		}
	}

	/**
	 * Each chosen account's network counts the text by its own rule, and each that would refuse it is
	 * named; while no known account is chosen, X's count says whether the text could go anywhere.
	 */
	private void checkLength(ComposeForm form, Errors errors) {
		List<String> chosen = form.getAccounts().stream().filter(accounts::contains).toList();
		if (chosen.isEmpty()) {
			ChannelCounts.Count x = counts.count(form.getText(), null);
			if (!x.length().valid()) {
				errors.rejectValue("text", "compose.error.tooLong",
						new Object[] { x.length().length(), x.length().max() }, null);
			}
			return;
		}
		for (ChannelCounts.Count count : counts.forAccounts(form.getText(), chosen)) {
			if (!count.length().valid()) {
				errors.rejectValue("text", "compose.error.tooLongFor", new Object[] { count.account(),
						count.networkId(), count.length().length(), count.length().max() }, null);
			}
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
