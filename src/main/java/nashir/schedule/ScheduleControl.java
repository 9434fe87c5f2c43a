package nashir.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * What editors and ops do to a schedule while it runs: pause, resume, poll now, and when it polls
 * next. Each is one conditional update of the schedule's row, so it holds on every node; a pause
 * outlives edits of the file.
 */
@Service
public class ScheduleControl {

	private final ScheduleTable table;

	private final FeedSweep sweep;

	private final Clock clock;

	ScheduleControl(ScheduleTable table, FeedSweep sweep, Clock clock) {
		this.table = table;
		this.sweep = sweep;
		this.clock = clock;
	}

	public void pause(String id) {
		known(table.setPaused(id, true), id);
	}

	public void resume(String id) {
		known(table.setPaused(id, false), id);
	}

	/** Makes the schedule due now and wakes this node's sweep (a poll running now is not doubled). */
	public void pollNow(String id) {
		known(table.dueNow(id, clock.instant()), id);
		sweep.wake();
	}

	public boolean isPaused(String id) {
		return row(id).paused();
	}

	/** When it polls next; empty while paused or disabled. */
	public Optional<Instant> nextPoll(String id) {
		ScheduleTable.Row row = row(id);
		return row.paused() || !row.enabled() ? Optional.empty() : Optional.ofNullable(row.nextPollAt());
	}

	/** When it was last polled by any node, and in a few words how it went. */
	Optional<ScheduleTable.Row> state(String id) {
		return table.row(id);
	}

	private ScheduleTable.Row row(String id) {
		return table.row(id).orElseThrow(() -> unknown(id));
	}

	private static void known(boolean found, String id) {
		if (!found) {
			throw unknown(id);
		}
	}

	private static IllegalArgumentException unknown(String id) {
		return new IllegalArgumentException("there is no schedule '" + id + "'");
	}

}
