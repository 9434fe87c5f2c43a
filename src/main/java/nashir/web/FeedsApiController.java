package nashir.web;

import java.util.List;

import nashir.schedule.FeedStatus;
import nashir.schedule.FeedStatuses;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/feeds}: each schedule's feed health, last and next poll. */
@RestController
@RequestMapping("/api/feeds")
class FeedsApiController {

	private final FeedStatuses feeds;

	FeedsApiController(FeedStatuses feeds) {
		this.feeds = feeds;
	}

	@GetMapping
	List<FeedStatus> all() {
		return feeds.all();
	}

}
