package nashir.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nashir.text.Reason;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings {@code feed_schedule} in step with the schedule files, by content hash: an unchanged file
 * writes nothing, a new one is added, a changed one replaces its text (an editor's pause stays, and
 * so does its phase while its interval does), a removed one deletes its own row. A file that turns
 * bad keeps its last good text running and records why. A file with the id of a schedule made in the
 * app is not used and is reported. Nodes hash the folder at the same time, and write what differs
 * one at a time ({@link SyncLock}); every write is conditional all the same, and they all read the
 * same folder.
 */
class ScheduleSync {

	private static final Logger log = LoggerFactory.getLogger(ScheduleSync.class);

	/** The rows of this many files go in one transaction: with H2's {@code WRITE_DELAY=0}, each commit is a write to the file. */
	static final int BATCH = 500;

	private final Path directory;

	private final ScheduleFileParser parser;

	private final ScheduleTable table;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final SyncLock lock;

	/**
	 * The files as last written to the table; a file whose stamp is the same is not read again. None
	 * at first, so that the first look also removes the rows of files removed while no node ran.
	 */
	private Map<String, FileStamp> synced;

	/** The files not used because the app has a schedule of their id. */
	private final Set<String> clashes = new HashSet<>();

	/**
	 * The schedules this node parsed while syncing, by id, until its catalog takes them: a new folder's
	 * files are then parsed once, not again at their first poll. At most one per file.
	 */
	private final Map<String, FileText> parsedHere = new ConcurrentHashMap<>();

	/** What this node cannot put in the table: an unreadable folder, a file name that is no id. */
	private volatile List<String> localProblems = List.of();

	ScheduleSync(Path directory, ScheduleFileParser parser, ScheduleTable table, PlatformTransactionManager transactions,
			SyncLock lock, Clock clock) {
		this.directory = directory;
		this.parser = parser;
		this.table = table;
		this.transaction = new TransactionTemplate(transactions);
		this.lock = lock;
		this.clock = clock;
	}

	/**
	 * Looks at the folder and writes what changed. An unchanged folder costs one listing; a folder
	 * that cannot be listed changes nothing (a passing mount problem must not unschedule every feed).
	 * When the database refuses a write, the same files are tried again at the next look.
	 *
	 * @return whether the table changed
	 */
	synchronized boolean sync() {
		Map<String, FileStamp> stamps;
		try {
			stamps = stamps();
		}
		catch (IOException ex) {
			String problem = directory + (Files.isDirectory(directory) ? ": cannot be listed: " + ex.getMessage()
					: ": the schedules folder does not exist");
			if (!localProblems.contains(problem)) {
				log.warn("event=schedules_unreadable dir={} reason=\"{}\"", directory.toAbsolutePath(), problem);
			}
			localProblems = List.of(problem);
			return false;
		}
		// While a file clashes with an app schedule, every look checks again: either may go at any time.
		if (stamps.equals(synced) && clashes.isEmpty()) {
			return false;
		}
		Look look = look(stamps);
		boolean wrote = look.differs() && lock.holding(() -> apply(look));
		localProblems = look.problems();
		synced = stamps;
		return wrote;
	}

	/**
	 * What differs between the files and the table, found without the lock and without parsing: a
	 * restart, or a node after another, hashes the folder and finds nothing to write.
	 */
	private Look look(Map<String, FileStamp> stamps) {
		List<String> problems = new ArrayList<>();
		clashes.clear();
		Map<String, ScheduleTable.Row> rows = rows();
		List<FileText> changed = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		stamps.forEach((name, stamp) -> {
			try {
				String id = ScheduleFileParser.id(name);
				ids.add(id);
				ScheduleTable.Row row = rows.get(id);
				if (row != null && !row.origin().equals(ScheduleTable.FILE)) {
					throw clash(name, id);
				}
				if (synced == null || !stamp.equals(synced.get(name)) || row == null) {
					readIfChanged(id, name, row).ifPresent(changed::add);
				}
			}
			catch (InvalidScheduleException ex) {
				problems.add(ex.reason().stored());
			}
		});
		boolean removed = rows.values().stream().anyMatch(row -> isGone(row, ids));
		return new Look(changed, ids, removed, List.copyOf(problems));
	}

	/**
	 * Under the lock, against the table as it is now: parses and writes the changed files another
	 * node has not written meanwhile, and removes the rows of files gone.
	 */
	private boolean apply(Look look) {
		Map<String, ScheduleTable.Row> rows = rows();
		List<FileText> files = look.changed().stream().filter(file -> !runs(rows.get(file.id()), file.hash()))
			.map(this::parsed).toList();
		boolean wrote = write(files, rows);
		for (ScheduleTable.Row row : rows.values()) {
			if (isGone(row, look.ids())) {
				parsedHere.remove(row.id());
				table.deleteFile(row.id());
				log.info("event=schedule_removed schedule={}", row.id());
				wrote = true;
			}
		}
		return wrote;
	}

	private Map<String, ScheduleTable.Row> rows() {
		return table.rows().stream().collect(Collectors.toMap(ScheduleTable.Row::id, Function.identity()));
	}

	private static boolean isGone(ScheduleTable.Row row, Set<String> ids) {
		return row.origin().equals(ScheduleTable.FILE) && !ids.contains(row.id());
	}

	/** Whether the row runs this very text already (a text it refused is read again: the refusal may be this node's). */
	private static boolean runs(ScheduleTable.Row row, String hash) {
		return row != null && hash != null && hash.equals(row.contentHash()) && row.problem() == null;
	}

	/** A file whose id an app schedule has: it is not used, and says so until one of them goes. */
	private InvalidScheduleException clash(String name, String id) {
		InvalidScheduleException clash = new InvalidScheduleException(name, 0, "schedule.idTakenByApp",
				"not used: a schedule made in the app has the id '" + id + "'; rename the file or delete that schedule", id);
		clashes.add(name);
		if (!localProblems.contains(clash.reason().stored())) {
			log.warn("event=schedule_file_ignored file={} reason=\"the app has a schedule of that id\"", name);
		}
		return clash;
	}

	/**
	 * Whether the next look must list the folder even with no change in it: a file clashes with an
	 * app schedule (which may be deleted at any time), or the folder could not be listed.
	 */
	synchronized boolean mustLookAgain() {
		return !clashes.isEmpty() || !localProblems.isEmpty();
	}

	/** The schedule this node parsed from the text hashed {@code hash}, if it did; asked once. */
	Optional<Schedule> takeParsed(String id, String hash) {
		FileText file = parsedHere.remove(id);
		return file != null && file.hash().equals(hash) ? Optional.of(file.schedule()) : Optional.empty();
	}

	Path directory() {
		return directory;
	}

	List<String> localProblems() {
		return localProblems;
	}

	/** Writes the files' rows, {@link #BATCH} files a transaction (a first start may bring thousands). */
	private boolean write(List<FileText> files, Map<String, ScheduleTable.Row> rows) {
		Instant now = clock.instant();
		List<FileText> fresh = files.stream().filter(file -> file.schedule() != null)
			.filter(file -> rows.get(file.id()) == null || !rows.get(file.id()).timing().fits(file.schedule().trigger()))
			.toList();
		Map<String, Integer> freshIndex = new HashMap<>();
		for (int i = 0; i < fresh.size(); i++) {
			freshIndex.put(fresh.get(i).id(), i);
		}
		boolean wrote = false;
		for (int from = 0; from < files.size(); from += BATCH) {
			List<FileText> batch = files.subList(from, Math.min(files.size(), from + BATCH));
			wrote |= Boolean.TRUE.equals(transaction.execute(status -> write(batch, rows, freshIndex, now)));
		}
		return wrote;
	}

	/**
	 * {@code freshIndex}: each new or re-timed file's place among them, which spreads their first polls
	 * and their phases. New files are added in one batch.
	 */
	private boolean write(List<FileText> files, Map<String, ScheduleTable.Row> rows, Map<String, Integer> freshIndex,
			Instant now) {
		boolean wrote = false;
		Map<String, Schedule> added = new HashMap<>();
		List<ScheduleTable.NewSchedule> inserts = new ArrayList<>();
		for (FileText file : files) {
			ScheduleTable.Row row = rows.get(file.id());
			if (file.schedule() == null) {
				wrote |= refuse(file, row, now);
				continue;
			}
			Schedule schedule = file.schedule();
			int index = freshIndex.getOrDefault(file.id(), -1);
			PollTiming timing = index < 0 ? row.timing() : PollTiming.first(schedule.trigger(), index, freshIndex.size(), now);
			Instant next = !schedule.enabled() ? null
					: index >= 0 ? timing.firstAt(index, freshIndex.size(), now)
					: row.nextPollAt() != null ? row.nextPollAt() : timing.after(now);
			if (row == null) {
				inserts.add(new ScheduleTable.NewSchedule(file.id(), ScheduleTable.FILE, file.text(), file.hash(),
						schedule.enabled(), timing, next));
				added.put(file.id(), schedule);
			}
			else if (table.replace(file.id(), row.contentHash(), file.text(), file.hash(), schedule.enabled(), timing, next,
					now)) {
				logWritten("changed", file.id(), schedule);
				wrote = true;
			}
		}
		for (String id : table.insertAll(inserts, now)) {
			logWritten("added", id, added.get(id));
			wrote = true;
		}
		return wrote;
	}

	private static void logWritten(String what, String id, Schedule schedule) {
		log.info("event=schedule_{} schedule={} feed={} trigger={}", what, id, schedule.feed(), schedule.trigger());
	}

	private boolean refuse(FileText file, ScheduleTable.Row row, Instant now) {
		if (row != null && file.problem().equals(row.problem())) {
			return false;
		}
		log.error("event=schedule_rejected file={}.yml reason=\"{}\"", file.id(), Reason.read(file.problem()).english());
		if (row == null) {
			return table.insertRefused(file.id(), file.problem(), now);
		}
		table.refuse(file.id(), file.problem(), now);
		return true;
	}

	/**
	 * The file's text, not parsed yet; empty when the table already runs this very text. That is
	 * every file at a restart or on a second node, so they hash the folder instead of parsing it: each
	 * node's catalog parses what it polls anyway, and reports there a text its own rules refuse.
	 */
	private Optional<FileText> readIfChanged(String id, String name, ScheduleTable.Row row) {
		try {
			String text = ScheduleYaml.text(directory.resolve(name), name);
			String hash = sha256(text);
			return runs(row, hash) ? Optional.empty() : Optional.of(new FileText(id, text, hash, null, null));
		}
		catch (InvalidScheduleException ex) {
			String problem = ex.reason().stored();
			return row != null && problem.equals(row.problem()) ? Optional.empty()
					: Optional.of(new FileText(id, null, null, null, problem));
		}
	}

	/** What a read file makes: a schedule, or why not. */
	private FileText parsed(FileText file) {
		if (file.text() == null) {
			return file;
		}
		try {
			FileText parsed = new FileText(file.id(), file.text(), file.hash(), parser.parse(file.id(), file.text()), null);
			parsedHere.put(file.id(), parsed);
			return parsed;
		}
		catch (InvalidScheduleException ex) {
			return new FileText(file.id(), file.text(), file.hash(), null, ex.reason().stored());
		}
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
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

	/**
	 * A file's size, time and identity (an editor's or Kubernetes' save by renaming makes a new one):
	 * when all are the same, the file is taken as unchanged and not read again.
	 */
	private record FileStamp(long size, FileTime modified, Object key) {
	}

	/**
	 * A file's text and what it makes: a schedule, or why not ({@code text} is null when it could not be read).
	 *
	 * @param problem why the file was refused, in {@link Reason#stored()} form (pages read it in their language)
	 */
	private record FileText(String id, String text, String hash, Schedule schedule, String problem) {
	}

	/**
	 * @param changed the files whose text the table does not run, read but not parsed
	 * @param ids every file's schedule id
	 * @param removed whether a file's row has no file any more
	 * @param problems what this node could not read, in {@link Reason#stored()} form
	 */
	private record Look(List<FileText> changed, Set<String> ids, boolean removed, List<String> problems) {

		boolean differs() {
			return !changed.isEmpty() || removed;
		}

	}

}
