package nashir.schedule;

import nashir.text.Reason;
import nashir.text.Refusal;

/** A change of an app schedule that is not made, and why, for the reader's language. */
public class ScheduleChangeRefused extends RuntimeException implements Refusal {

	/** What kind of refusal, for an API's status. */
	public enum Kind {

		/** No schedule of that id. */
		UNKNOWN,
		/** The id is taken, the schedule is a file's, or it changed meanwhile. */
		CONFLICT,
		/** A text the parser takes but the app may not store. */
		INVALID

	}

	private final Kind kind;

	private final transient Reason reason;

	ScheduleChangeRefused(Kind kind, String key, String english, Object... args) {
		super(english);
		this.kind = kind;
		this.reason = Reason.of(key, english, args);
	}

	public Kind kind() {
		return kind;
	}

	@Override
	public Reason reason() {
		return reason;
	}

}
