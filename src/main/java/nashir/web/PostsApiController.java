package nashir.web;

import java.util.List;

import nashir.queue.Post;
import nashir.queue.PostQueue;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/posts}: the latest posts, newest first, as JSON. */
@RestController
@RequestMapping("/api/posts")
class PostsApiController {

	private static final int MAX_LIMIT = 1000;

	private final PostQueue queue;

	PostsApiController(PostQueue queue) {
		this.queue = queue;
	}

	@GetMapping
	List<Post> latest(@RequestParam(defaultValue = "100") int limit) {
		return queue.latest(Math.max(1, Math.min(limit, MAX_LIMIT)));
	}

}
