package nashir.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One line of {@code /proc/<pid>/stat} or {@code /proc/<pid>/task/<tid>/stat} (Linux): the command
 * name, and the fields after it. Times are in clock ticks of 1/100 s.
 */
final class ProcStat {

	private final String name;

	private final String[] after;

	private ProcStat(String name, String[] after) {
		this.name = name;
		this.after = after;
	}

	static ProcStat read(Path stat) throws IOException {
		String line = Files.readString(stat);
		// The name may hold spaces and parentheses: it ends at the last ')'.
		return new ProcStat(line.substring(line.indexOf('(') + 1, line.lastIndexOf(')')),
				line.substring(line.lastIndexOf(')') + 2).split(" "));
	}

	String name() {
		return name;
	}

	/** Field {@code n} of stat as man 5 proc counts them (1: the pid, 2: the name). */
	long field(int n) {
		return Long.parseLong(after[n - 3]);
	}

	/** utime + stime, fields 14 and 15, in milliseconds. */
	long cpuMillis() {
		return 10 * (field(14) + field(15));
	}

	/** cutime + cstime, fields 16 and 17: the children that ended and were waited for, in milliseconds. */
	long endedChildrenCpuMillis() {
		return 10 * (field(16) + field(17));
	}

}
