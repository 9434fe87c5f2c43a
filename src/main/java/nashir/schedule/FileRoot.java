package nashir.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder {@code file:} feeds must lie under ({@code nashir.feed.file-root}, default the working
 * directory): a schedule file must not turn the service into a reader of {@code /etc} or of the
 * database. Paths are compared as the file system resolves them, so neither {@code ..} nor a
 * symbolic link leads out.
 */
record FileRoot(Path path) {

	FileRoot {
		path = path.toAbsolutePath().normalize();
	}

	/** The configured root, or the working directory when none is set. */
	static FileRoot of(String configured) {
		return new FileRoot(Path.of(configured == null || configured.isBlank() ? "" : configured.trim()));
	}

	/**
	 * Whether the file, once every link on its way is followed, is under this root. A file that does
	 * not exist yet is judged by the real path of its nearest existing folder.
	 */
	boolean contains(Path file) throws IOException {
		return real(file.toAbsolutePath().normalize()).startsWith(path.toRealPath());
	}

	private static Path real(Path path) throws IOException {
		Path existing = path;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return path;
		}
		return existing.toRealPath().resolve(existing.relativize(path)).normalize();
	}

	@Override
	public String toString() {
		return path.toString();
	}

}
