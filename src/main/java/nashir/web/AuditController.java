package nashir.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /audit}: who did what and when, with the text before and after; narrowed by user, action and days, in pages. */
@Controller
class AuditController {

	static final int PAGE_SIZE = 200;

	/** The last page whose first entry's position is still a whole number the database takes: a typed page beyond it shows this one. */
	static final int LAST_PAGE = Integer.MAX_VALUE / PAGE_SIZE;

	/** Every action EditorActions, UserAccounts, AccountAudit, XConnectController and FeedChanges record, for the filter. */
	static final List<String> ACTIONS = List.of("approve", "hold", "cancel", "post-now", "urgent", "not-urgent",
			"reschedule", "edit", "retry", "compose", "pause", "resume", "poll-now", "account-resume", "user-create",
			"user-change", "user-password", "user-rename", "account-create", "account-reconnect", "account-settings",
			"account-delete", "x-app-save", "x-connect-start", "x-connected",
			"x-connect-failed", "account-connect-refused", "feed-create", "feed-edit", "feed-delete", "feed-export");

	private final AuditLog audit;

	private final NewsroomZone zone;

	AuditController(AuditLog audit, NewsroomZone zone) {
		this.audit = audit;
		this.zone = zone;
	}

	@GetMapping("/audit")
	String audit(@ModelAttribute("filter") AuditFilter filter, BindingResult result, Model model) {
		AuditFilter shown = result.hasErrors() ? AuditFilter.none() : filter;
		int page = Math.min(shown.pageOrFirst(), LAST_PAGE);
		// One entry more than a page says whether there is a next page.
		List<AuditLog.Entry> entries = audit.search(shown, zone, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("entries", entries.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("pageNumber", page);
		model.addAttribute("filtered", shown.narrows());
		model.addAttribute("previousUrl", page > 1 ? pageUrl(shown, page - 1) : null);
		model.addAttribute("nextUrl", entries.size() > PAGE_SIZE ? pageUrl(shown, page + 1) : null);
		model.addAttribute("users", audit.users());
		model.addAttribute("actions", ACTIONS);
		return "audit";
	}

	/** This page's address with its filter, at another page. */
	private static String pageUrl(AuditFilter filter, int page) {
		return UriComponentsBuilder.fromPath("/audit")
			.queryParamIfPresent("user", Optional.ofNullable(filter.user()).filter(user -> !user.isBlank()))
			.queryParamIfPresent("action", Optional.ofNullable(filter.action()).filter(action -> !action.isBlank()))
			.queryParamIfPresent("from", Optional.ofNullable(filter.from()))
			.queryParamIfPresent("to", Optional.ofNullable(filter.to()))
			.queryParam("page", page)
			.encode()
			.build()
			.toUriString();
	}

}
