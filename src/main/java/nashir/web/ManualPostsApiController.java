package nashir.web;

import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import nashir.queue.Post;
import nashir.queue.PostChangeRefused;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/posts}: an editor's own post, through the same queue and rules as stories. */
@RestController
@RequestMapping("/api/posts")
class ManualPostsApiController {

	/** The JSON body; all but text and accounts optional. */
	record ManualPost(String text, List<String> accounts, String imageUrl, OffsetDateTime dueAt, Boolean urgent) {
	}

	private final EditorActions actions;

	ManualPostsApiController(EditorActions actions) {
		this.actions = actions;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	List<Post> write(@RequestBody ManualPost post, Principal principal) {
		return actions.write(post.text(), post.accounts(), post.imageUrl(),
				post.dueAt() == null ? null : post.dueAt().toInstant(), Boolean.TRUE.equals(post.urgent()),
				Editors.name(principal));
	}

	@ExceptionHandler(PostChangeRefused.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Map<String, String> refused(PostChangeRefused ex) {
		return Map.of("error", ex.getMessage());
	}

}
