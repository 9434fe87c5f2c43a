package nashir.web;

import java.security.Principal;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import nashir.compose.PostLinks;
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
 * (with the reason when the change was refused) and a toast saying what was done; a plain form
 * post goes back to the page, with the toast.
 */
@Controller
@RequestMapping("/posts/{id}")
class PostActionsController {

	/** The post's card and, out of band, the toast. */
	static final String CARD_AND_TOAST = "fragments/toast :: card";

	/** The pages a plain form may return to. */
	private static final Set<String> BACK = Set.of("queue", "review", "log");

	private final EditorActions actions;

	private final PostQueue queue;

	private final NewsroomZone zone;

	private final DueTimes dueTimes;

	private final Toasts toasts;

	private final SendTimes sendTimes;

	private final Views views;

	PostActionsController(EditorActions actions, PostQueue queue, NewsroomZone zone, DueTimes dueTimes, Toasts toasts,
			SendTimes sendTimes, Views views) {
		this.actions = actions;
		this.queue = queue;
		this.zone = zone;
		this.dueTimes = dueTimes;
		this.toasts = toasts;
		this.sendTimes = sendTimes;
		this.views = views;
	}

	/** Where a plain form goes back to after an action. */
	static String back(HttpServletRequest request) {
		String back = request.getParameter("back");
		return "redirect:/" + (back != null && BACK.contains(back) ? back : "queue");
	}

	@PostMapping("/approve")
	String approve(@PathVariable long id, Principal user, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		return act(id, model, redirect, request, () -> actions.approve(id, user.getName()),
				post -> toasts.done("toast.approved", id));
	}

	@PostMapping("/hold")
	String hold(@PathVariable long id, Principal user, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		return act(id, model, redirect, request, () -> actions.hold(id, user.getName()),
				post -> toasts.done("toast.held", id));
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable long id, Principal user, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		return act(id, model, redirect, request, () -> actions.cancel(id, user.getName()), toasts::canceled);
	}

	/** Undo of a cancel ({@code undo=true}, from the cancel's toast) or a restore from the log. */
	@PostMapping("/restore")
	String restore(@PathVariable long id, @RequestParam(defaultValue = "false") boolean undo, Principal user,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		return act(id, model, redirect, request, () -> actions.restore(id, undo, user.getName()),
				post -> toasts.done("toast.restored", id, toasts.text("status." + post.status())));
	}

	@PostMapping("/now")
	String postNow(@PathVariable long id, Principal user, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		return act(id, model, redirect, request, () -> actions.postNow(id, user.getName()), toasts::postedNow);
	}

	@PostMapping("/urgent")
	String urgent(@PathVariable long id, @RequestParam boolean urgent, Principal user, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		return act(id, model, redirect, request, () -> actions.markUrgent(id, urgent, user.getName()),
				post -> toasts.done(urgent ? "toast.urgent" : "toast.notUrgent", id));
	}

	/** "Send despite the budget": the editor's word that this post matters more than the budget. */
	@PostMapping("/budget")
	String overBudget(@PathVariable long id, @RequestParam boolean allowed, Principal user, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		return act(id, model, redirect, request, () -> actions.allowOverBudget(id, allowed, user.getName()),
				post -> toasts.done(allowed ? "toast.overBudget" : "toast.withinBudget", id));
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
			dueTimes.problem(dueAt).ifPresent(key -> {
				throw new ActionRefused(key, toasts.english(key));
			});
			return actions.reschedule(id, zone.toInstant(dueAt), user.getName());
		}, post -> toasts.done("toast.rescheduled", id, views.time(post.dueAt())));
	}

	/** A refused edit comes back with the editor's text in the box, not the stored one. */
	@PostMapping("/text")
	String editText(@PathVariable long id, @RequestParam String text, Principal user, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		String view = act(id, model, redirect, request, () -> actions.editText(id, text, user.getName()),
				post -> toasts.done("toast.saved", id));
		if (model.getAttribute("refused") != null) {
			model.addAttribute(Draft.ATTRIBUTE, new Draft(id, text));
		}
		if (redirect.getFlashAttributes().get("error") != null) {
			redirect.addFlashAttribute(Draft.ATTRIBUTE, new Draft(id, text));
		}
		return view;
	}

	/** The text an editor typed for a post, shown again when it could not be saved. */
	record Draft(long postId, String text) {

		static final String ATTRIBUTE = "draft";

		/** The text the post's box shows. */
		public String textOf(Post post) {
			return postId == post.id() ? text : PostLinks.forReading(post.text());
		}

	}

	@PostMapping("/retry")
	String retry(@PathVariable long id, Principal user, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		return act(id, model, redirect, request, () -> actions.retry(id, user.getName()),
				post -> toasts.done("toast.retried", id));
	}

	private String act(long id, Model model, RedirectAttributes redirect, HttpServletRequest request,
			Supplier<Post> change, Function<Post, Toast> done) {
		Post post;
		String refused = null;
		Toast toast = null;
		try {
			post = change.get();
			toast = post == null ? null : done.apply(post);
		}
		catch (PostChangeRefused | ActionRefused ex) {
			refused = ex.reason().stored();
			post = queue.find(id).orElse(null);
		}
		if (request.getHeader("HX-Request") == null) {
			redirect.addFlashAttribute("error", refused);
			redirect.addFlashAttribute(Toast.ATTRIBUTE, toast);
			return back(request);
		}
		if (post == null) {
			model.addAttribute("message", refused);
			return "fragments/post :: gone";
		}
		model.addAttribute("post", post);
		model.addAttribute("refused", refused);
		model.addAttribute(Toast.ATTRIBUTE, toast);
		model.addAttribute(SendTimes.ATTRIBUTE, sendTimes.ofAccount(post.account()));
		return CARD_AND_TOAST;
	}

}
