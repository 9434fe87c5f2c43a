package nashir.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletRequest;

import nashir.queue.Post;
import nashir.queue.PostChangeRefused;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Several posts approved, held or canceled at once (the queue's and review's bulk bar, review's
 * "approve all"): one audited {@link EditorActions} call per post, each in its own transaction, so
 * one refused post does not undo the others; then one toast with the count and the refusals.
 */
@Controller
class BulkActionsController {

	private final EditorActions actions;

	private final Toasts toasts;

	BulkActionsController(EditorActions actions, Toasts toasts) {
		this.actions = actions;
		this.toasts = toasts;
	}

	@PostMapping("/posts/bulk")
	String bulk(@RequestParam(required = false) List<Long> ids, @RequestParam String action, Principal user,
			RedirectAttributes redirect, HttpServletRequest request) {
		redirect.addFlashAttribute(Toast.ATTRIBUTE, run(ids == null ? List.of() : ids, action, user.getName()));
		return PostActionsController.back(request);
	}

	private Toast run(List<Long> ids, String action, String user) {
		BiFunction<Long, String, Post> change = switch (action) {
			case "approve" -> actions::approve;
			case "hold" -> actions::hold;
			case "cancel" -> actions::cancel;
			default -> null;
		};
		if (change == null) {
			return toasts.refused(toasts.text("bulk.unknown", action));
		}
		if (ids.isEmpty()) {
			return toasts.refused(toasts.text("bulk.none"));
		}
		int done = 0;
		List<String> refused = new ArrayList<>();
		for (long id : ids) {
			try {
				change.apply(id, user);
				done++;
			}
			catch (PostChangeRefused | ActionRefused ex) {
				refused.add(ex.getMessage());
			}
		}
		if (refused.isEmpty()) {
			return toasts.done("bulk." + action, done);
		}
		return toasts.refused(toasts.text("bulk." + action, done)
				+ toasts.text("bulk.refused", refused.size(), String.join("; ", refused)));
	}

}
