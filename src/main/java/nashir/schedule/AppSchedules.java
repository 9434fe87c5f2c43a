package nashir.schedule;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nashir.feed.FeedException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schedules made in the app: stored as the text of a schedule file (origin {@code APP}), checked by
 * the same parser, polled by the same sweep. Schedule files keep their own rows: the app neither
 * edits nor deletes them, and refuses their ids.
 */
public class AppSchedules {

	private static final Logger log = LoggerFactory.getLogger(AppSchedules.class);

	/** The newest items the form shows as the next posts. */
	public static final int PREVIEW_POSTS = 5;

	private final ScheduleTable table;

	private final ScheduleFileParser parser;

	private final SchedulePreview preview;

	private final Runnable wake;

	private final Clock clock;

	AppSchedules(ScheduleTable table, ScheduleFileParser parser, SchedulePreview preview, Runnable wake, Clock clock) {
		this.table = table;
		this.parser = parser;
		this.preview = preview;
		this.wake = wake;
		this.clock = clock;
	}

	/**
	 * Adds a schedule; it polls within seconds.
	 *
	 * @param id the name an editor gave, or blank for one made from the feed's host
	 * @return the schedule as the parser read it
	 */
	public Schedule create(String id, String yaml) throws InvalidScheduleException {
		String chosen = id == null || id.isBlank() ? idFor(yaml) : id.trim();
		Schedule schedule = check(chosen, yaml);
		table.row(chosen).ifPresent(row -> {
			throw taken(row);
		});
		Instant now = clock.instant();
		PollTiming timing = PollTiming.first(schedule.trigger(), 0, 1, now);
		if (!table.insert(new ScheduleTable.NewSchedule(chosen, ScheduleTable.APP, yaml, ScheduleSync.sha256(yaml),
				schedule.enabled(), timing, schedule.enabled() ? timing.firstAt(0, 1, now) : null), now)) {
			throw taken(table.row(chosen).orElseThrow());
		}
		log.info("event=schedule_added origin=app schedule={} feed={} trigger={}", chosen, schedule.feed(),
				schedule.trigger());
		wake.run();
		return schedule;
	}

	/**
	 * Replaces an app schedule's text. Its pause stays, and so does its timing while its interval
	 * does; a new {@code feed} takes a new baseline, as for a file.
	 */
	public Schedule update(String id, String yaml) throws InvalidScheduleException {
		ScheduleTable.Row row = ownRow(id);
		Schedule schedule = check(id, yaml);
		Instant now = clock.instant();
		boolean keeps = row.timing().fits(schedule.trigger());
		PollTiming timing = keeps ? row.timing() : PollTiming.first(schedule.trigger(), 0, 1, now);
		Instant next = !schedule.enabled() ? null
				: keeps && row.nextPollAt() != null ? row.nextPollAt() : timing.firstAt(0, 1, now);
		if (!table.replace(id, row.contentHash(), yaml, ScheduleSync.sha256(yaml), schedule.enabled(), timing, next, now)) {
			throw new ScheduleChangeRefused(ScheduleChangeRefused.Kind.CONFLICT, "schedule.app.changed",
					"schedule '" + id + "' was changed meanwhile; open it again", id);
		}
		log.info("event=schedule_changed origin=app schedule={} feed={} trigger={}", id, schedule.feed(),
				schedule.trigger());
		wake.run();
		return schedule;
	}

	/** Removes an app schedule: it polls no more; its posts already queued stay. */
	public void delete(String id) {
		ownRow(id);
		table.deleteApp(id);
		log.info("event=schedule_removed origin=app schedule={}", id);
	}

	/** A schedule's text in use, as its file would hold it; files' rows too. */
	public String yaml(String id) {
		return table.definition(id).map(ScheduleTable.Definition::text).orElseThrow(() -> unknown(id));
	}

	/** The text of a schedule made in the app, to edit; a file's schedule is refused. */
	public String appYaml(String id) {
		ownRow(id);
		return yaml(id);
	}

	/** Each schedule made in the app and its text, by id. */
	public Map<String, String> appTexts() {
		Map<String, String> texts = new TreeMap<>();
		for (String id : appIds()) {
			table.definition(id).ifPresent(definition -> texts.put(id, definition.text()));
		}
		return texts;
	}

	/** The ids of the schedules made in the app. */
	public Set<String> appIds() {
		return table.rows().stream().filter(row -> row.origin().equals(ScheduleTable.APP)).map(ScheduleTable.Row::id)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The next posts the text would make from its feed now, newest first, as {@code preview} prints them. */
	public List<SchedulePreview.PreviewedPost> preview(String id, String yaml) throws InvalidScheduleException,
			FeedException {
		Schedule schedule = check(id == null || id.isBlank() ? idFor(yaml) : id.trim(), yaml);
		return preview.posts(schedule.feed(), schedule, PREVIEW_POSTS);
	}

	/**
	 * Parses the text as a file of that id. A {@code file:} feed is refused: the app would let an
	 * editor read files of the server that only its operator should name.
	 */
	private Schedule check(String id, String yaml) throws InvalidScheduleException {
		Schedule schedule = parser.parse(id, yaml);
		if ("file".equalsIgnoreCase(schedule.feed().getScheme())) {
			throw new ScheduleChangeRefused(ScheduleChangeRefused.Kind.INVALID, "schedule.app.fileFeed",
					"a schedule made in the app reads an http(s) feed; a file: feed needs a schedule file");
		}
		return schedule;
	}

	private ScheduleTable.Row ownRow(String id) {
		ScheduleTable.Row row = table.row(id).orElseThrow(() -> unknown(id));
		if (!row.origin().equals(ScheduleTable.APP)) {
			throw new ScheduleChangeRefused(ScheduleChangeRefused.Kind.CONFLICT, "schedule.app.fromFile",
					"schedule '" + id + "' comes from its file " + id + ".yml; change it there", id);
		}
		return row;
	}

	/** An id from the feed's host ({@code www.ofoq.net} → {@code ofoq-net}), or {@code feed} without one. */
	static String idFor(String yaml) {
		String host = ScheduleDraft.feedOf(yaml).map(AppSchedules::host).orElse("");
		String id = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").replaceAll("[^a-z0-9_-]+", "-")
			.replaceAll("^[-_]+|[-_]+$", "");
		return id.isEmpty() ? "feed" : id.substring(0, Math.min(id.length(), 100));
	}

	private static String host(String feed) {
		try {
			return Optional.ofNullable(URI.create(feed.trim()).getHost()).orElse("");
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

	private static ScheduleChangeRefused taken(ScheduleTable.Row row) {
		boolean file = row.origin().equals(ScheduleTable.FILE);
		return new ScheduleChangeRefused(ScheduleChangeRefused.Kind.CONFLICT,
				file ? "schedule.app.takenByFile" : "schedule.app.taken",
				file ? "the id '" + row.id() + "' is the schedule file " + row.id() + ".yml's; choose another"
						: "there is already a schedule '" + row.id() + "'; choose another id",
				row.id());
	}

	private static ScheduleChangeRefused unknown(String id) {
		return new ScheduleChangeRefused(ScheduleChangeRefused.Kind.UNKNOWN, "schedule.app.unknown",
				"there is no schedule '" + id + "'", id);
	}

}
