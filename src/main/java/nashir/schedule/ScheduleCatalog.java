package nashir.schedule;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import nashir.feed.FeedSource;
import nashir.feed.FeedSubscriptions;
import nashir.text.Reason;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedules every node runs, read from {@code feed_schedule}. A schedule's text is parsed once
 * per content hash and kept (or taken from this node's {@link ScheduleSync}, which parsed it to write
 * it), so that a look-up costs one small query and no parse; a schedule this node cannot read (an
 * account it does not have) is reported like a bad file.
 */
public class ScheduleCatalog implements FeedSubscriptions {

	private static final Logger log = LoggerFactory.getLogger(ScheduleCatalog.class);

	private final ScheduleTable table;

	private final ScheduleFileParser parser;

	private final ScheduleSync sync;

	/** The latest text of each schedule this node read, parsed. */
	private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

	ScheduleCatalog(ScheduleTable table, ScheduleFileParser parser, ScheduleSync sync) {
		this.table = table;
		this.parser = parser;
		this.sync = sync;
	}

	public List<Schedule> all() {
		List<ScheduleTable.Row> rows = table.rows();
		parsed.keySet().retainAll(rows.stream().map(ScheduleTable.Row::id).toList());
		return rows.stream().map(row -> schedule(row.id(), row.contentHash())).flatMap(Optional::stream).toList();
	}

	public Optional<Schedule> find(String id) {
		return table.row(id).flatMap(row -> schedule(id, row.contentHash()));
	}

	/** Where a WebSub push for a feed id leads: the enabled schedule of that id. */
	@Override
	public Optional<FeedSource> source(String feedId) {
		return find(feedId).filter(Schedule::enabled).map(Schedule::feedSource);
	}

	/** One line for each file that was refused (name, line and reason), and for a folder that cannot be read. */
	public List<String> problems() {
		return problemReasons().stream().map(Reason::english).toList();
	}

	/** The same with message keys, for pages in the reader's language. */
	public List<Reason> problemReasons() {
		List<ScheduleTable.Row> rows = table.rows();
		Stream<String> stored = rows.stream().map(ScheduleTable.Row::problem).filter(Objects::nonNull);
		Stream<String> unreadable = rows.stream().filter(row -> row.problem() == null && row.contentHash() != null)
			.map(row -> parsed(row.id(), row.contentHash()).problem()).filter(Objects::nonNull);
		return Stream.of(sync.localProblems().stream(), stored, unreadable).flatMap(s -> s).map(Reason::read).toList();
	}

	/** The schedule of that id as its text hashed {@code hash} defines it; empty if it has no usable text. */
	Optional<Schedule> schedule(String id, String hash) {
		return hash == null ? Optional.empty() : Optional.ofNullable(parsed(id, hash).schedule());
	}

	private Parsed parsed(String id, String hash) {
		Parsed known = parsed.get(id);
		if (known != null && known.hash().equals(hash)) {
			return known;
		}
		Optional<Parsed> fresh = sync.takeParsed(id, hash).map(schedule -> new Parsed(hash, schedule, null))
			.or(() -> table.definition(id).map(definition -> parse(id, definition)));
		fresh.ifPresent(read -> parsed.put(id, read));
		return fresh.orElseGet(() -> new Parsed(hash, null, null));
	}

	private Parsed parse(String id, ScheduleTable.Definition definition) {
		try {
			return new Parsed(definition.contentHash(), parser.parse(id, definition.text()), null);
		}
		catch (InvalidScheduleException ex) {
			log.error("event=schedule_unreadable_here schedule={} reason=\"{}\"", id, ex.getMessage());
			return new Parsed(definition.contentHash(), null, ex.reason().stored());
		}
	}

	/** One text of a schedule as this node read it: the schedule, or why not. */
	private record Parsed(String hash, Schedule schedule, String problem) {
	}

}
