package nashir.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import nashir.publish.AccountDirectory;
import nashir.queue.Post;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /compose}: an editor's own post for one or more accounts, now or later, with a preview of exactly what is sent. */
@Controller
@RequestMapping("/compose")
class ComposeController {

	static final String VIEW = "compose";

	private final EditorActions actions;

	private final AccountDirectory accounts;

	private final NewsroomZone zone;

	private final Clock clock;

	private final DueTimes dueTimes;

	private final ChannelCounts counts;

	ComposeController(EditorActions actions, AccountDirectory accounts, NewsroomZone zone, Clock clock,
			DueTimes dueTimes, ChannelCounts counts) {
		this.actions = actions;
		this.accounts = accounts;
		this.zone = zone;
		this.clock = clock;
		this.dueTimes = dueTimes;
		this.counts = counts;
	}

	@InitBinder("composeForm")
	void initBinder(WebDataBinder binder) {
		binder.addValidators(new ComposeFormValidator(accounts.names(), dueTimes, counts));
	}

	@ModelAttribute("accountNames")
	List<String> accountNames() {
		return List.copyOf(accounts.names());
	}

	@GetMapping
	String initCompose(Model model) {
		ComposeForm form = new ComposeForm();
		if (accounts.names().size() == 1) {
			form.setAccounts(accountNames());
		}
		model.addAttribute("composeForm", form);
		return VIEW;
	}

	/** The preview, as htmx asks for it while the editor types: the text exactly as it will be sent. */
	@PostMapping("/preview")
	String preview(@Validated ComposeForm composeForm, BindingResult result) {
		return VIEW + " :: preview";
	}

	@PostMapping
	String processCompose(@Validated ComposeForm composeForm, BindingResult result, Principal user,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return VIEW;
		}
		Instant due = composeForm.getDueAt() == null ? clock.instant() : zone.toInstant(composeForm.getDueAt());
		List<Post> created = actions.compose(composeForm, due, user.getName());
		redirect.addFlashAttribute("composed", created.size());
		return "redirect:/queue";
	}

}
