package nashir;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The data directory holds the database (posts, users' password hashes, WebSub secrets): only the
 * user Nashir runs as may enter it (0700) or read its files (0600). The directory is what really
 * protects them: H2 makes files later (trace, lock and temporary files) with the process's umask.
 * {@link DataDirectory} creates it private before the database opens; once started, this tightens
 * what an older version or H2 left more open.
 */
@Component
class PrivateDataDirectory implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(PrivateDataDirectory.class);

	static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

	static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private final Path directory;

	private final String databaseUrl;

	PrivateDataDirectory(@Value("${nashir.data-dir}") Path directory,
			@Value("${spring.datasource.url:}") String databaseUrl) {
		this.directory = directory;
		this.databaseUrl = databaseUrl;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (!holdsDatabase(databaseUrl, directory) || !posix()) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.forEach(path -> restrict(path, Files.isDirectory(path) ? DIRECTORY : FILE));
		}
		catch (IOException | UncheckedIOException ex) {
			// A volume Nashir does not own (Kubernetes fsGroup, say): it runs, the operator is told.
			log.warn("event=data_dir_permissions dir={} reason=\"{}\": make it 0700, its files 0600", directory,
					ex.getMessage());
		}
	}

	/** Creates the directory 0700 when the database will live in it and it does not exist yet. */
	static void create(Path directory, String databaseUrl) {
		if (holdsDatabase(databaseUrl, directory) && posix() && !Files.exists(directory)) {
			try {
				Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
				// The umask may have taken bits away from the attribute; never added any.
				Files.setPosixFilePermissions(directory, DIRECTORY);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot create nashir.data-dir " + directory, ex);
			}
		}
	}

	/** The H2 file database under the directory (not PostgreSQL, not an in-memory test database). */
	static boolean holdsDatabase(String databaseUrl, Path directory) {
		return databaseUrl != null
				&& databaseUrl.startsWith("jdbc:h2:file:" + directory.toAbsolutePath().normalize() + File.separator);
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	private static void restrict(Path path, Set<PosixFilePermission> permissions) {
		try {
			Files.setPosixFilePermissions(path, permissions);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
