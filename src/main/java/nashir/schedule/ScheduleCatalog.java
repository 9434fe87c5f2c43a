package nashir.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import nashir.feed.FeedSource;
import nashir.feed.FeedSubscriptions;
import nashir.publish.Publishers;
import nashir.text.Reason;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The schedules in {@code nashir.schedules-dir}, read at start and again by {@link #reload()} when a
 * file is added, changed or removed. A bad file is reported by name and reason and left out; the
 * others run.
 */
@Component
public class ScheduleCatalog implements FeedSubscriptions {

	private static final Logger log = LoggerFactory.getLogger(ScheduleCatalog.class);

	private final Path directory;

	private final ScheduleFileParser parser;

	/** Replaced whole on a reload: readers on other threads see the old catalog or the new one. */
	private volatile Snapshot current = new Snapshot(Map.of(), null);

	@Autowired
	ScheduleCatalog(@Value("${nashir.schedules-dir}") Path directory, Publishers publishers,
			@Value("${nashir.feed.file-root:}") String fileRoot,
			@Value("${nashir.schedules-min-every:10s}") Duration minEvery) {
		this(directory, new ScheduleFileParser(
				new ScheduleRules(Optional.of(publishers.accounts()), FileRoot.of(fileRoot), minEvery)));
	}

	ScheduleCatalog(Path directory, ScheduleFileParser parser) {
		this.directory = directory;
		this.parser = parser;
		reload();
		log.info("event=schedules_loaded dir={} valid={} rejected={}", directory.toAbsolutePath(), all().size(),
				problems().size());
	}

	/**
	 * Reads again the files that were added or changed (by size or time) since the last read and
	 * forgets the removed ones; an unchanged folder costs one listing. A folder that cannot be listed
	 * changes nothing: a passing mount problem must not unschedule every feed.
	 *
	 * @return the ids of the schedules whose file was added, changed or removed
	 */
	synchronized Set<String> reload() {
		Snapshot before = current;
		Map<String, FileStamp> stamps;
		try {
			stamps = stamps();
		}
		catch (IOException ex) {
			String problem = directory + (Files.isDirectory(directory) ? ": cannot be listed: " + ex.getMessage()
					: ": the schedules folder does not exist");
			if (!problem.equals(before.folderProblem())) {
				log.warn("event=schedules_unreadable dir={} reason=\"{}\"", directory.toAbsolutePath(), problem);
			}
			current = new Snapshot(before.files(), problem);
			return Set.of();
		}
		Map<String, ScheduleFile> files = new TreeMap<>();
		stamps.forEach((name, stamp) -> {
			ScheduleFile known = before.files().get(name);
			files.put(name, known != null && known.stamp().equals(stamp) ? known : read(name, stamp));
		});
		current = new Snapshot(files, null);
		return changedIds(before.files(), files);
	}

	private Map<String, FileStamp> stamps() throws IOException {
		Map<String, FileStamp> stamps = new TreeMap<>();
		try (Stream<Path> listing = Files.list(directory)) {
			for (Path file : listing.toList()) {
				String name = file.getFileName().toString();
				// Hidden files are editors' and tools' (Emacs locks, swap files), never schedules.
				if (name.endsWith(".yml") && !name.startsWith(".")) {
					stamp(file).ifPresent(stamp -> stamps.put(name, stamp));
				}
			}
		}
		return stamps;
	}

	private static Optional<FileStamp> stamp(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return Optional.of(new FileStamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey()));
		}
		catch (IOException ex) {
			// Removed between the listing and now, or a dangling link: no schedule either way.
			return Optional.empty();
		}
	}

	private ScheduleFile read(String name, FileStamp stamp) {
		try {
			Schedule schedule = parser.parse(directory.resolve(name));
			return new ScheduleFile(stamp, schedule, null);
		}
		catch (InvalidScheduleException ex) {
			log.error("event=schedule_rejected file={} reason=\"{}\"", name, ex.getMessage());
			return new ScheduleFile(stamp, null, ex.reason().stored());
		}
	}

	private static Set<String> changedIds(Map<String, ScheduleFile> before, Map<String, ScheduleFile> after) {
		Set<String> names = new HashSet<>(before.keySet());
		names.addAll(after.keySet());
		Set<String> ids = new HashSet<>();
		for (String name : names) {
			ScheduleFile old = before.get(name);
			ScheduleFile now = after.get(name);
			if (old != now) {
				Stream.of(old, now).filter(Objects::nonNull).map(ScheduleFile::schedule).filter(Objects::nonNull)
					.forEach(schedule -> ids.add(schedule.id()));
			}
		}
		return ids;
	}

	public List<Schedule> all() {
		return List.copyOf(current.schedules().values());
	}

	public Optional<Schedule> find(String id) {
		return Optional.ofNullable(current.schedules().get(id));
	}

	/** Where a WebSub push for a feed id leads: the enabled schedule of that id. */
	@Override
	public Optional<FeedSource> source(String feedId) {
		return find(feedId).filter(Schedule::enabled).map(Schedule::feedSource);
	}

	/** One line for each file that was rejected: name, line and reason. */
	public List<String> problems() {
		return problemReasons().stream().map(Reason::english).toList();
	}

	/** The same with message keys, for pages in the reader's language. */
	public List<Reason> problemReasons() {
		Snapshot snapshot = current;
		Stream<String> files = snapshot.files().values().stream().map(ScheduleFile::problem).filter(Objects::nonNull);
		return Stream.concat(Stream.ofNullable(snapshot.folderProblem()), files).map(Reason::read).toList();
	}

	/**
	 * A file's size, time and identity (an editor's or Kubernetes' save by renaming makes a new one):
	 * when all are the same, the file is taken as unchanged and not read again.
	 */
	private record FileStamp(long size, FileTime modified, Object key) {
	}

	/** One file as last read: its schedule, or why it was refused. */
	/** @param problem why the file was rejected, in {@link Reason#stored()} form */
	private record ScheduleFile(FileStamp stamp, Schedule schedule, String problem) {
	}

	private record Snapshot(Map<String, ScheduleFile> files, String folderProblem, Map<String, Schedule> schedules) {

		Snapshot(Map<String, ScheduleFile> files, String folderProblem) {
			this(files, folderProblem, byId(files));
		}

		private static Map<String, Schedule> byId(Map<String, ScheduleFile> files) {
			Map<String, Schedule> schedules = new TreeMap<>();
			files.values().stream().map(ScheduleFile::schedule).filter(Objects::nonNull)
				.forEach(schedule -> schedules.put(schedule.id(), schedule));
			return schedules;
		}

	}

}
