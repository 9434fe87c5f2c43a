package nashir.schedule;

/** A schedule file that cannot be used; the message names the file, the line and the reason. */
public class InvalidScheduleException extends Exception {

	public InvalidScheduleException(String message) {
		super(message);
	}

}
