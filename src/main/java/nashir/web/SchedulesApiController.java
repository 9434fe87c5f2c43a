package nashir.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nashir.feed.FeedException;
import nashir.schedule.InvalidScheduleException;
import nashir.schedule.ScheduleCatalog;
import nashir.schedule.SchedulePreview;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/schedules}: the feeds page as JSON: each schedule's state, next poll and next posts;
 * pause, resume, poll now; feeds made in the app created, changed, deleted, previewed and exported.
 */
@RestController
@RequestMapping("/api/schedules")
class SchedulesApiController {

	static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");

	private final ScheduleCatalog catalog;

	private final FeedCards cards;

	private final EditorActions actions;

	private final FeedChanges changes;

	SchedulesApiController(ScheduleCatalog catalog, FeedCards cards, EditorActions actions, FeedChanges changes) {
		this.catalog = catalog;
		this.cards = cards;
		this.actions = actions;
		this.changes = changes;
	}

	/** One story for one account of a preview: the fields {@code preview --json} prints. */
	record PreviewLine(String key, String title, String link, String published, String account, String network,
			String text, int length, int max, int weightedLength, boolean valid, List<String> hashtags, String image) {

		/** A line per account of the schedule, each by its network's count. */
		static Stream<PreviewLine> of(SchedulePreview.PreviewedPost next) {
			return next.posts().stream().map((one) -> new PreviewLine(next.item().key(), next.item().title(),
					next.item().link().toString(),
					next.item().published() == null ? null : next.item().published().toString(), one.account(),
					one.network(), one.post().text(), one.post().weightedLength(), one.max(),
					one.post().weightedLength(), one.post().valid(), one.post().hashtags(), one.post().imageUrl()));
		}

	}

	@GetMapping
	List<FeedCards.FeedCard> all() {
		return cards.all();
	}

	@GetMapping("/problems")
	List<String> problems() {
		return catalog.problems();
	}

	/** A feed made from the form's fields, or from a schedule file's text in {@code yaml}. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	FeedCards.FeedCard create(@RequestBody FeedForm form, Principal user) throws InvalidScheduleException {
		return one(changes.create(form, user.getName()).id());
	}

	@PutMapping("/{id}")
	FeedCards.FeedCard edit(@PathVariable String id, @RequestBody FeedForm form, Principal user)
			throws InvalidScheduleException {
		changes.edit(id, form, user.getName());
		return one(id);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id, Principal user) {
		changes.delete(id, user.getName());
	}

	/** The next posts a feed would make, read now; nothing is stored. */
	@PostMapping("/preview")
	List<PreviewLine> preview(@RequestBody FeedForm form) throws InvalidScheduleException, FeedException {
		return changes.preview(form).stream().flatMap(PreviewLine::of).toList();
	}

	/** The schedule as a file, {@code <id>.yml}, for teams that keep schedules in git. */
	@GetMapping("/{id}/yaml")
	ResponseEntity<String> yaml(@PathVariable String id, Principal user) {
		return ResponseEntity.ok()
			.contentType(YAML)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(id + ".yml").build().toString())
			.body(changes.export(id, user.getName()));
	}

	/** Every feed made in the app, each as {@code <id>.yml} in one zip, to put in a schedules folder. */
	@GetMapping("/export.zip")
	ResponseEntity<byte[]> exportAll(Principal user) throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, String> feed : changes.exportAll(user.getName()).entrySet()) {
				out.putNextEntry(new ZipEntry(feed.getKey() + ".yml"));
				out.write(feed.getValue().getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("schedules.zip").build().toString())
			.body(zip.toByteArray());
	}

	@PostMapping("/{id}/pause")
	FeedCards.FeedCard pause(@PathVariable String id, Principal user) {
		actions.pause(id, user.getName());
		return one(id);
	}

	@PostMapping("/{id}/resume")
	FeedCards.FeedCard resume(@PathVariable String id, Principal user) {
		actions.resume(id, user.getName());
		return one(id);
	}

	@PostMapping("/{id}/poll")
	FeedCards.FeedCard pollNow(@PathVariable String id, Principal user) {
		actions.pollNow(id, user.getName());
		return one(id);
	}

	private FeedCards.FeedCard one(String id) {
		return cards.find(id);
	}

}
