package nashir.web;

import java.security.Principal;
import java.util.List;

import nashir.feed.FeedException;
import nashir.schedule.InvalidScheduleException;
import nashir.schedule.ScheduleChangeRefused;
import nashir.schedule.SchedulePreview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /feeds/new} and {@code /feeds/{id}/edit}: a feed made in the app, by its fields or as a
 * schedule file's text; "preview" reads the feed and shows the next posts without saving. Delete
 * is a confirmed button on the feeds page.
 */
@Controller
@RequestMapping("/feeds")
class FeedFormController {

	static final String VIEW = "feed-form";

	private final FeedChanges changes;

	private final Toasts toasts;

	FeedFormController(FeedChanges changes, Toasts toasts) {
		this.changes = changes;
		this.toasts = toasts;
	}

	@ModelAttribute("accountNames")
	List<String> accountNames() {
		return changes.accounts();
	}

	@GetMapping("/new")
	String add(Model model) {
		model.addAttribute("feedForm", FeedForm.blank());
		return VIEW;
	}

	@PostMapping("/new")
	String create(@ModelAttribute FeedForm feedForm, @RequestParam(required = false) String preview, Principal user,
			Model model, RedirectAttributes redirect) {
		if (preview != null) {
			return preview(feedForm, model);
		}
		return saved(model, redirect, "toast.feedAdded", () -> changes.create(feedForm, user.getName()).id());
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable String id, Model model, RedirectAttributes redirect) {
		try {
			model.addAttribute("feedForm", changes.form(id));
			model.addAttribute("editing", id);
			return VIEW;
		}
		catch (ScheduleChangeRefused ex) {
			redirect.addFlashAttribute("error", ex.reason().stored());
			return "redirect:/feeds";
		}
	}

	@PostMapping("/{id}/edit")
	String save(@PathVariable String id, @ModelAttribute FeedForm feedForm, @RequestParam(required = false) String preview,
			Principal user, Model model, RedirectAttributes redirect) {
		model.addAttribute("editing", id);
		feedForm.setId(id);
		if (preview != null) {
			return preview(feedForm, model);
		}
		return saved(model, redirect, "toast.feedSaved", () -> {
			changes.edit(id, feedForm, user.getName());
			return id;
		});
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String id, Principal user, RedirectAttributes redirect) {
		try {
			changes.delete(id, user.getName());
			redirect.addFlashAttribute(Toast.ATTRIBUTE, toasts.done("toast.feedDeleted", id));
		}
		catch (ScheduleChangeRefused ex) {
			redirect.addFlashAttribute("error", ex.reason().stored());
		}
		return "redirect:/feeds";
	}

	/** A create or an edit of a feed. */
	private interface Change {

		/** @return the feed's id */
		String save() throws InvalidScheduleException;

	}

	/** Saves and goes back to the feeds page, or shows the form again with what is wrong. */
	private String saved(Model model, RedirectAttributes redirect, String toast, Change change) {
		try {
			redirect.addFlashAttribute(Toast.ATTRIBUTE, toasts.done(toast, change.save()));
			return "redirect:/feeds";
		}
		catch (InvalidScheduleException ex) {
			model.addAttribute("problem", ex.reason());
		}
		catch (ScheduleChangeRefused ex) {
			model.addAttribute("refusal", ex.reason());
		}
		return VIEW;
	}

	private String preview(FeedForm form, Model model) {
		try {
			List<SchedulePreview.PreviewedPost> posts = changes.preview(form);
			model.addAttribute("previewed", posts);
		}
		catch (InvalidScheduleException ex) {
			model.addAttribute("problem", ex.reason());
		}
		catch (ScheduleChangeRefused | FeedException ex) {
			model.addAttribute("refusal", ex.reason());
		}
		return VIEW;
	}

}
