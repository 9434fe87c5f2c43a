package nashir.schedule;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Set;

/** A schedule's {@code feed:}: an http(s) URL, or a {@code file:} path under the file root. */
final class FeedAddress {

	private FeedAddress() {
	}

	static URI read(YamlSection yaml, FileRoot root) throws InvalidScheduleException {
		String text = yaml.required("feed").trim();
		try {
			if (text.startsWith("file:") && !text.startsWith("file:/")) {
				// A relative file: path is relative to the working directory, like schedules-dir.
				return inside(yaml, root, Path.of(text.substring("file:".length())).toAbsolutePath().normalize().toUri());
			}
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
			if (!Set.of("http", "https", "file").contains(scheme) || (!scheme.equals("file") && uri.getHost() == null)) {
				throw yaml.problem("feed", "schedule.feedScheme",
						"'feed' must be an http(s) URL or a file: path, not '" + text + "'", text);
			}
			return scheme.equals("file") ? inside(yaml, root, uri) : uri;
		}
		catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException ex) {
			throw yaml.problem("feed", "schedule.feedInvalid", "'feed' is not a valid address: " + ex.getMessage(), text);
		}
	}

	private static URI inside(YamlSection yaml, FileRoot root, URI file) throws InvalidScheduleException {
		try {
			if (root.contains(Path.of(file))) {
				return file;
			}
			throw yaml.problem("feed", "schedule.feedOutside", "'feed' " + file.getPath()
					+ " is outside nashir.feed.file-root (" + root + "); put the feed under it or set nashir.feed.file-root",
					file.getPath(), root.toString());
		}
		catch (IOException ex) {
			throw yaml.problem("feed", "schedule.feedUncheckable",
					"'feed' cannot be checked against nashir.feed.file-root (" + root + "): " + ex.getMessage(),
					root.toString(), String.valueOf(ex.getMessage()));
		}
	}

}
