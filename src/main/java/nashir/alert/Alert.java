package nashir.alert;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One alert as stored and sent.
 *
 * @param id its row, 0 before it is stored
 * @param args the message's arguments, one per {@link AlertKind#fields() field}
 * @param detail the system's own words on the cause (X's reason, the feed's error), or {@code null}
 */
public record Alert(long id, AlertKind kind, List<String> args, String detail, Instant at) {

	/** Four arguments fit the 1,000 characters of their column; a long title is cut. */
	private static final int MAX_ARG = 200;

	public Alert {
		args = List.copyOf(args);
		if (args.size() != kind.fields().size()) {
			throw new IllegalArgumentException(kind + " takes " + kind.fields() + ", not " + args);
		}
	}

	static Alert of(AlertKind kind, Instant at, String detail, Object... args) {
		return new Alert(0, kind, Arrays.stream(args).map((arg) -> cut(String.valueOf(arg), MAX_ARG)).toList(), detail,
				at);
	}

	/** Cuts free text to fit its column, marking the cut. */
	static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	Alert stored(long newId) {
		return new Alert(newId, this.kind, this.args, this.detail, this.at);
	}

	/** An argument by its field name. */
	public String arg(String field) {
		return this.args.get(this.kind.fields().indexOf(field));
	}

}
