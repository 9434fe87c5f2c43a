package nashir.web;

import java.security.Principal;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import nashir.queue.Post;
import nashir.queue.PostChangeRefused;
import nashir.queue.PostQueue;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the queue, review and log pages do to one post. An htmx request gets the post's card back
 * (with the reason when the change was refused); a plain form post goes back to the page.
 */
@Controller
@RequestMapping("/posts/{id}")
class PostActionsController {

	static final String CARD = "fragments/post :: card";

	/** The pages a plain form may return to. */
	private static final Set<String> BACK = Set.of("queue", "review", "log");

	private final EditorActions actions;

	private final PostQueue queue;

	private final NewsroomZone zone;

	PostActionsController(EditorActions actions, PostQueue queue, NewsroomZone zone) {
		this.actions = actions;
		this.queue = queue;
		this.zone = zone;
	}

	@PostMapping("/approve")
	String approve(@PathVariable long id, Principal user, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		return act(id, model, redirect, request, () -> actions.approve(id, user.getName()));
	}

	@PostMapping("/hold")
	String hold(@PathVariable long id, Principal user, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		return act(id, model, redirect, request, () -> actions.hold(id, user.getName()));
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable long id, Principal user, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		return act(id, model, redirect, request, () -> actions.cancel(id, user.getName()));
	}

	@PostMapping("/now")
	String postNow(@PathVariable long id, Principal user, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		return act(id, model, redirect, request, () -> actions.postNow(id, user.getName()));
	}

	@PostMapping("/urgent")
	String urgent(@PathVariable long id, @RequestParam boolean urgent, Principal user, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		return act(id, model, redirect, request, () -> actions.markUrgent(id, urgent, user.getName()));
	}

	@PostMapping("/reschedule")
	String reschedule(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime dueAt,
			Principal user, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		return act(id, model, redirect, request, () -> {
			if (dueAt == null) {
				throw new ActionRefused("post.refused.noTime", "choose the new time first");
			}
			return actions.reschedule(id, zone.toInstant(dueAt), user.getName());
		});
	}

	@PostMapping("/text")
	String editText(@PathVariable long id, @RequestParam String text, Principal user, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		return act(id, model, redirect, request, () -> actions.editText(id, text, user.getName()));
	}

	@PostMapping("/retry")
	String retry(@PathVariable long id, Principal user, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		return act(id, model, redirect, request, () -> actions.retry(id, user.getName()));
	}

	private String act(long id, Model model, RedirectAttributes redirect, HttpServletRequest request,
			Supplier<Post> change) {
		Post post;
		String refused = null;
		try {
			post = change.get();
		}
		catch (PostChangeRefused | ActionRefused ex) {
			refused = ex.reason().stored();
			post = queue.find(id).orElse(null);
		}
		if (request.getHeader("HX-Request") == null) {
			redirect.addFlashAttribute("error", refused);
			String back = request.getParameter("back");
			return "redirect:/" + (back != null && BACK.contains(back) ? back : "queue");
		}
		if (post == null) {
			model.addAttribute("message", refused);
			return "fragments/post :: gone";
		}
		model.addAttribute("post", post);
		model.addAttribute("refused", refused);
		return CARD;
	}

}
