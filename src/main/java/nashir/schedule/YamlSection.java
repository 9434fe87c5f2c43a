package nashir.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.convert.DurationStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read key by key, so that every complaint can name the line it is about. Unknown
 * keys are refused: a misspelt {@code evrey:} must not silently fall back to a default.
 */
final class YamlSection {

	private final String file;

	private final Node node;

	private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

	YamlSection(String file, Node node, Set<String> knownKeys) throws InvalidScheduleException {
		this.file = file;
		this.node = node;
		if (!(node instanceof MappingNode mapping)) {
			throw problem(node, "schedule.notMapping", "expected a mapping of keys to values");
		}
		for (NodeTuple tuple : mapping.getValue()) {
			String key = scalar(tuple.getKeyNode());
			if (!knownKeys.contains(key)) {
				throw problem(tuple.getKeyNode(), "schedule.unknownKey",
						"unknown key '" + key + "' (known: " + String.join(", ", knownKeys) + ")", key,
						String.join(", ", new TreeSet<>(knownKeys)));
			}
			if (entries.put(key, tuple) != null) {
				throw problem(tuple.getKeyNode(), "schedule.twice", "'" + key + "' is given twice", key);
			}
		}
	}

	boolean has(String key) {
		return entries.containsKey(key);
	}

	String string(String key, String fallback) throws InvalidScheduleException {
		return has(key) ? scalar(value(key)) : fallback;
	}

	String required(String key) throws InvalidScheduleException {
		if (!has(key)) {
			throw problem(node, "schedule.missing", "'" + key + "' is missing", key);
		}
		String value = scalar(value(key));
		if (value.isBlank()) {
			throw problem(value(key), "schedule.empty", "'" + key + "' is empty", key);
		}
		return value;
	}

	int integer(String key, int fallback, int min) throws InvalidScheduleException {
		if (!has(key)) {
			return fallback;
		}
		String text = scalar(value(key));
		try {
			int value = Integer.parseInt(text.trim());
			if (value < min) {
				throw problem(value(key), "schedule.tooSmall", "'" + key + "' must be at least " + min + ", not " + value,
						key, min, value);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw problem(value(key), "schedule.notNumber", "'" + key + "' must be a whole number, not '" + text + "'",
					key, text);
		}
	}

	boolean bool(String key, boolean fallback) throws InvalidScheduleException {
		if (!has(key)) {
			return fallback;
		}
		String text = scalar(value(key)).trim().toLowerCase();
		return switch (text) {
			case "true", "yes", "on" -> true;
			case "false", "no", "off" -> false;
			default -> throw problem(value(key), "schedule.notBoolean",
					"'" + key + "' must be true or false, not '" + text + "'", key, text);
		};
	}

	Duration duration(String key) throws InvalidScheduleException {
		String text = scalar(value(key)).trim();
		try {
			Duration value = DurationStyle.detectAndParse(text);
			if (value.isNegative() || value.isZero()) {
				throw problem(value(key), "schedule.notPositive", "'" + key + "' must be longer than zero", key);
			}
			return value;
		}
		catch (IllegalArgumentException | ArithmeticException ex) {
			// ArithmeticException: a number of days or hours too big for a Duration.
			throw problem(value(key), "schedule.notDuration",
					"'" + key + "' is not a duration: '" + text + "' (write e.g. 30s, 5m, 2h)", key, text);
		}
	}

	/** A single value or a list of values. */
	List<String> strings(String key) throws InvalidScheduleException {
		if (!has(key)) {
			return List.of();
		}
		Node value = value(key);
		if (!(value instanceof SequenceNode sequence)) {
			return List.of(scalar(value));
		}
		List<String> values = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			values.add(scalar(item));
		}
		return values;
	}

	Map<String, String> stringMap(String key) throws InvalidScheduleException {
		Map<String, String> values = new LinkedHashMap<>();
		if (!has(key)) {
			return values;
		}
		if (!(value(key) instanceof MappingNode mapping)) {
			throw problem(value(key), "schedule.notMappingKey", "'" + key + "' must be a mapping", key);
		}
		for (NodeTuple tuple : mapping.getValue()) {
			values.put(scalar(tuple.getKeyNode()), scalar(tuple.getValueNode()));
		}
		return values;
	}

	YamlSection section(String key, Set<String> knownKeys) throws InvalidScheduleException {
		return new YamlSection(file, value(key), knownKeys);
	}

	InvalidScheduleException problem(String key, String messageKey, String english, Object... args) {
		return problem(has(key) ? value(key) : node, messageKey, english, args);
	}

	/** A problem with one item of a list, or one key of a mapping, at that item's own line. */
	InvalidScheduleException itemProblem(String key, String item, String messageKey, String english, Object... args) {
		if (!has(key)) {
			return problem(node, messageKey, english, args);
		}
		List<Node> candidates = List.of();
		if (value(key) instanceof SequenceNode sequence) {
			candidates = sequence.getValue();
		}
		else if (value(key) instanceof MappingNode mapping) {
			candidates = mapping.getValue().stream().map(NodeTuple::getKeyNode).toList();
		}
		Node at = candidates.stream()
			.filter(candidate -> candidate instanceof ScalarNode scalar && scalar.getValue().equals(item))
			.findFirst()
			.orElse(value(key));
		return problem(at, messageKey, english, args);
	}

	private Node value(String key) {
		return entries.get(key).getValueNode();
	}

	private String scalar(Node value) throws InvalidScheduleException {
		if (!(value instanceof ScalarNode scalar)) {
			throw problem(value, "schedule.notScalar", "expected a single value here");
		}
		return scalar.getValue();
	}

	private InvalidScheduleException problem(Node at, String messageKey, String english, Object... args) {
		return new InvalidScheduleException(file, at.getStartMark().getLine() + 1, messageKey, english, args);
	}

}
