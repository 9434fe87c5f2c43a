package nashir.compose;

import java.time.Instant;
import java.util.List;

/**
 * What the composer needs to know about a story, whatever its source (a feed item or an
 * editor's draft). Text fields may still hold entities, tags or stray control characters: the
 * composer cleans them.
 *
 * @param link the story's address as the source gives it (raw IRIs allowed), or {@code null}
 * @param published the story's own time, or {@code null}
 * @param imageUrl the story's image, or {@code null}
 */
public record Story(String title, String link, String excerpt, List<String> categories, String author, String site,
		Instant published, String imageUrl) {

	public Story {
		title = title == null ? "" : title;
		excerpt = excerpt == null ? "" : excerpt;
		categories = categories == null ? List.of() : List.copyOf(categories);
		author = author == null ? "" : author;
		site = site == null ? "" : site;
	}

}
