package nashir.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A schedule file's YAML tree, read with bounds: a schedule is a few lines, and a huge or endless
 * file (a log dropped in the folder by mistake, a link to {@code /dev/zero}) must be refused by
 * name, not hang the start.
 */
final class ScheduleYaml {

	static final int MAX_BYTES = 256 * 1024;

	private ScheduleYaml() {
	}

	static Node read(Path file, String name) throws InvalidScheduleException {
		return compose(text(file, name), name);
	}

	/** The file's text, bounded and checked to be UTF-8. */
	static String text(Path file, String name) throws InvalidScheduleException {
		try {
			if (!Files.isRegularFile(file)) {
				throw new InvalidScheduleException(name, 0, "schedule.notFile", "not a regular file");
			}
			// The size first, so that a big file costs nothing; the capped read then catches one that
			// grows after the check, or a special file that reports no size.
			if (Files.size(file) > MAX_BYTES) {
				throw tooBig(name, Files.size(file));
			}
			byte[] bytes;
			try (InputStream in = Files.newInputStream(file)) {
				bytes = in.readNBytes(MAX_BYTES + 1);
			}
			if (bytes.length > MAX_BYTES) {
				throw tooBig(name, bytes.length);
			}
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			throw new InvalidScheduleException(name, 0, "schedule.notUtf8", "not UTF-8 text");
		}
		catch (IOException ex) {
			throw unreadable(name, ex);
		}
	}

	static Node compose(String text, String name) throws InvalidScheduleException {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(10);
		options.setCodePointLimit(MAX_BYTES);
		try {
			Node root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
			if (root == null) {
				throw new InvalidScheduleException(name, 0, "schedule.emptyFile", "the file is empty");
			}
			return root;
		}
		catch (MarkedYAMLException ex) {
			throw new InvalidScheduleException(name, ex.getProblemMark().getLine() + 1, "schedule.notYaml",
					"not valid YAML: " + ex.getProblem(), ex.getProblem());
		}
		catch (YAMLException ex) {
			throw unreadable(name, ex);
		}
	}

	private static InvalidScheduleException unreadable(String name, Exception ex) {
		return new InvalidScheduleException(name, 0, "schedule.unreadable", "cannot be read: " + ex.getMessage(),
				String.valueOf(ex.getMessage()));
	}

	private static InvalidScheduleException tooBig(String name, long size) {
		long kb = (size + 1023) / 1024;
		return new InvalidScheduleException(name, 0, "schedule.tooBig",
				"too big (" + kb + " KB); a schedule file may have at most " + MAX_BYTES / 1024 + " KB", kb, MAX_BYTES / 1024);
	}

}
