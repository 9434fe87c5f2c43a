package nashir.cli;

import java.io.PrintStream;

/** {@code preview <feed-url-or-file> [--schedule FILE] [--json]}. (Being implemented.) */
public class PreviewCommand {

	public static final String NAME = "preview";

	private final PrintStream out;

	private final PrintStream err;

	public PreviewCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(String[] args) {
		err.println("preview: not yet implemented");
		return 2;
	}

}
