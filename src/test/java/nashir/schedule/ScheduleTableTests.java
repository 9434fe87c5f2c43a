package nashir.schedule;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@ScheduleTest
class ScheduleTableTests {

	static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

	@TempDir
	Path dir;

	@Autowired
	Schedules.Factory factory;

	@Test
	void shouldAddInOneBatchOnlyTheSchedulesNobodyAddedFirst() {
		ScheduleTable table = factory.in(dir).table;
		table.insert(schedule("ofoq", "first"), NOW);

		assertThat(table.insertAll(List.of(schedule("ofoq", "second"), schedule("saba", "second")), NOW))
			.containsExactly("saba");

		assertThat(table.rows()).extracting(ScheduleTable.Row::id, ScheduleTable.Row::contentHash)
			.containsExactly(tuple("ofoq", "first"),
					tuple("saba", "second"));
	}

	private static ScheduleTable.NewSchedule schedule(String id, String hash) {
		return new ScheduleTable.NewSchedule(id, ScheduleTable.FILE, "feed: https://" + id + ".example.com/feed/\n", hash,
				true, new PollTiming(60_000L, 0L, null, null), NOW);
	}

}
