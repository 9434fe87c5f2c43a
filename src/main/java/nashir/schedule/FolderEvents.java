package nashir.schedule;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * The schedule folder's file-system events (inotify on Linux), asked for without waiting: whether
 * anything in the folder may have changed since the last ask. When the folder cannot be watched (it
 * does not exist yet, it was replaced, the platform has no watch service) the answer is always yes,
 * so the caller looks as if there were no events at all.
 */
final class FolderEvents implements AutoCloseable {

	private final Path directory;

	private WatchService service;

	private WatchKey key;

	FolderEvents(Path directory) {
		this.directory = directory;
	}

	synchronized boolean changed() {
		if (key == null || !key.isValid()) {
			watch();
			return true;
		}
		boolean changed = false;
		try {
			for (WatchKey signalled = service.poll(); signalled != null; signalled = service.poll()) {
				// Any event counts, an OVERFLOW (events were lost) too; a replaced folder's old key does not.
				signalled.pollEvents();
				signalled.reset();
				changed |= signalled == key;
			}
		}
		catch (ClosedWatchServiceException ex) {
			key = null;
			return true;
		}
		return changed || !key.isValid();
	}

	private void watch() {
		try {
			if (service == null) {
				service = directory.getFileSystem().newWatchService();
			}
			key = directory.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
					StandardWatchEventKinds.ENTRY_MODIFY);
		}
		catch (IOException | UnsupportedOperationException ex) {
			// Not there yet, or not watchable: asked again at the next look.
			key = null;
		}
	}

	@Override
	public synchronized void close() throws IOException {
		if (service != null) {
			service.close();
		}
	}

}
