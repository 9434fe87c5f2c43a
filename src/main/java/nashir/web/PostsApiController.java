package nashir.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import nashir.queue.Post;
import nashir.queue.PostEvent;
import nashir.queue.PostQueue;

import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/posts}: the posts as JSON, and every change an editor can make to one. */
@RestController
@RequestMapping("/api")
class PostsApiController {

	private static final int MAX_LIMIT = 1000;

	private final PostQueue queue;

	private final PostLog log;

	private final EditorActions actions;

	private final ChannelCounts counts;

	PostsApiController(PostQueue queue, PostLog log, EditorActions actions, ChannelCounts counts) {
		this.queue = queue;
		this.log = log;
		this.actions = actions;
		this.counts = counts;
	}

	@Operation(summary = "The latest posts, newest first")
	@GetMapping("/posts")
	List<Post> latest(@RequestParam(defaultValue = "100") int limit) {
		return queue.latest(Math.max(1, Math.min(limit, MAX_LIMIT)));
	}

	@GetMapping("/posts/{id}")
	Post post(@PathVariable long id) {
		return queue.find(id).orElseThrow(() -> new NotFound("there is no post " + id));
	}

	@Operation(summary = "Every change of the post's state: the publish log's trail")
	@GetMapping("/posts/{id}/events")
	List<PostEvent> events(@PathVariable long id) {
		post(id);
		return queue.events(id);
	}

	@Operation(summary = "Posts that will be sent, per account, urgent first, then by due time")
	@GetMapping("/queue")
	List<Post> upcoming() {
		return log.upcoming();
	}

	@Operation(summary = "Posts waiting for an editor")
	@GetMapping("/review")
	List<Post> inReview() {
		return log.inReview();
	}

	@Operation(summary = "The publish log, filtered like the log page (at most 500 rows, newest first)")
	@GetMapping("/log")
	List<Post> search(LogFilter filter, BindingResult result) {
		BadParameter.in(result, LogFilter.class).ifPresent(bad -> {
			throw bad;
		});
		return log.search(filter);
	}

	@Operation(summary = "A text's length by the account's network's count (X's when no account is named), as the publisher counts it")
	@PostMapping("/length")
	Length length(@RequestBody LengthQuery query) {
		return Length.of(counts.count(query.text(), query.account()));
	}

	@Operation(summary = "The post's length by its own account's network's count, e.g. 312 of 500 on Mastodon")
	@GetMapping("/posts/{id}/length")
	Length postLength(@PathVariable long id) {
		Post post = post(id);
		return Length.of(counts.count(post.text(), post.account()));
	}

	@PostMapping("/posts/{id}/approve")
	Post approve(@PathVariable long id, Principal user) {
		return actions.approve(id, user.getName());
	}

	@PostMapping("/posts/{id}/hold")
	Post hold(@PathVariable long id, Principal user) {
		return actions.hold(id, user.getName());
	}

	@PostMapping("/posts/{id}/cancel")
	Post cancel(@PathVariable long id, Principal user) {
		return actions.cancel(id, user.getName());
	}

	@PostMapping("/posts/{id}/post-now")
	Post postNow(@PathVariable long id, Principal user) {
		return actions.postNow(id, user.getName());
	}

	@PostMapping("/posts/{id}/urgent")
	Post urgent(@PathVariable long id, @RequestBody Urgent urgent, Principal user) {
		return actions.markUrgent(id, urgent.urgent(), user.getName());
	}

	@Operation(summary = "Let the post go even when it passes its account's budget (allowed: true), or not")
	@PostMapping("/posts/{id}/budget-override")
	Post overBudget(@PathVariable long id, @RequestBody BudgetOverride override, Principal user) {
		return actions.allowOverBudget(id, override.allowed(), user.getName());
	}

	@PostMapping("/posts/{id}/reschedule")
	Post reschedule(@PathVariable long id, @RequestBody Reschedule reschedule, Principal user) {
		if (reschedule.dueAt() == null) {
			throw new ActionRefused("post.refused.noDueAt",
					"dueAt is missing: give an ISO-8601 instant such as 2026-11-29T10:00:00Z");
		}
		return actions.reschedule(id, reschedule.dueAt(), user.getName());
	}

	@PostMapping("/posts/{id}/text")
	Post editText(@PathVariable long id, @RequestBody Text text, Principal user) {
		return actions.editText(id, text.text() == null ? "" : text.text(), user.getName());
	}

	@PostMapping("/posts/{id}/retry")
	Post retry(@PathVariable long id, Principal user) {
		return actions.retry(id, user.getName());
	}

	record Text(String text) {
	}

	/** @param account the account whose network counts, or {@code null} for X's count */
	record LengthQuery(String text, String account) {
	}

	/**
	 * A length by one network's rule.
	 * @param weightedLength the same as {@code length}, under the name X's count had here first
	 */
	record Length(String account, String network, int length, int max, boolean valid, int weightedLength) {

		static Length of(ChannelCounts.Count count) {
			return new Length(count.account(), count.networkId(), count.length().length(), count.length().max(),
					count.length().valid(), count.length().length());
		}

	}

	record Urgent(boolean urgent) {
	}

	record Reschedule(Instant dueAt) {
	}

	record BudgetOverride(boolean allowed) {
	}

}
