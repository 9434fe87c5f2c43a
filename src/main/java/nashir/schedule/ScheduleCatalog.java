package nashir.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import nashir.feed.FeedSource;
import nashir.feed.FeedSubscriptions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The schedules in {@code nashir.schedules-dir}, read once at start. A bad file is reported by
 * name and reason and left out; the others run.
 */
@Component
public class ScheduleCatalog implements FeedSubscriptions {

	private static final Logger log = LoggerFactory.getLogger(ScheduleCatalog.class);

	private final Map<String, Schedule> schedules = new TreeMap<>();

	private final List<String> problems = new ArrayList<>();

	ScheduleCatalog(@Value("${nashir.schedules-dir}") Path directory) {
		load(directory, new ScheduleFileParser());
	}

	private void load(Path directory, ScheduleFileParser parser) {
		if (!Files.isDirectory(directory)) {
			problems.add(directory + ": the schedules folder does not exist");
			log.warn("event=schedules_missing dir={}", directory.toAbsolutePath());
			return;
		}
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
				try {
					Schedule schedule = parser.parse(file);
					schedules.put(schedule.id(), schedule);
				}
				catch (InvalidScheduleException ex) {
					problems.add(ex.getMessage());
					log.error("event=schedule_rejected file={} reason=\"{}\"", file, ex.getMessage());
				}
			}
		}
		catch (IOException ex) {
			problems.add(directory + ": cannot be listed: " + ex.getMessage());
		}
		log.info("event=schedules_loaded dir={} valid={} rejected={}", directory.toAbsolutePath(), schedules.size(),
				problems.size());
	}

	public List<Schedule> all() {
		return List.copyOf(schedules.values());
	}

	public Optional<Schedule> find(String id) {
		return Optional.ofNullable(schedules.get(id));
	}

	/** Where a WebSub push for a feed id leads: the enabled schedule of that id. */
	@Override
	public Optional<FeedSource> source(String feedId) {
		return find(feedId).filter(Schedule::enabled).map(Schedule::feedSource);
	}

	/** One line for each file that was rejected: name, line and reason. */
	public List<String> problems() {
		return List.copyOf(problems);
	}

}
