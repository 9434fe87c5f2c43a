package nashir.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nashir.text.Reason;
import nashir.text.Refusal;

/**
 * A schedule file that cannot be used; the message names the file, the line and the reason. Its
 * {@link #reason()} has the file and the line (0: the whole file) as its first two arguments, then
 * those of the reason's own message key, so a page can say it in the reader's language.
 */
public class InvalidScheduleException extends Exception implements Refusal {

	private final transient Reason reason;

	InvalidScheduleException(String file, int line, String key, String english, Object... args) {
		super(file + (line > 0 ? " line " + line : "") + ": " + english);
		List<Object> all = new ArrayList<>(List.of(file, line));
		all.addAll(Arrays.asList(args));
		this.reason = Reason.of(key, getMessage(), all.toArray());
	}

	@Override
	public Reason reason() {
		return this.reason;
	}

}
