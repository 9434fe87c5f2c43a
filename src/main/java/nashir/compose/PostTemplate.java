package nashir.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post template such as {@code "{title}\n{link}"}: placeholders in braces, and {@code \n} (the
 * two characters, as plain YAML keeps them) or a real line break between lines.
 */
public final class PostTemplate {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}\\s]*\\}");

	private final String source;

	/** Each line is a list of parts: a {@link Placeholder} or literal text. */
	private final List<List<Object>> lines;

	private PostTemplate(String source, List<List<Object>> lines) {
		this.source = source;
		this.lines = lines;
	}

	/**
	 * @throws InvalidTemplateException naming the unknown placeholder
	 */
	public static PostTemplate parse(String source) {
		if (source == null || source.isBlank()) {
			throw new InvalidTemplateException("template is empty");
		}
		List<List<Object>> lines = new ArrayList<>();
		for (String line : source.replace("\\n", "\n").replace("\r\n", "\n").split("\n", -1)) {
			lines.add(parseLine(line));
		}
		long links = lines.stream().flatMap(List::stream).filter(Placeholder.LINK::equals).count();
		if (links > 1) {
			// X would count the link twice, and readers would see it twice.
			throw new InvalidTemplateException("placeholder {link} appears " + links + " times in template (at most once)");
		}
		return new PostTemplate(source, List.copyOf(lines));
	}

	private static List<Object> parseLine(String line) {
		List<Object> parts = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(line);
		int literalStart = 0;
		while (matcher.find()) {
			String token = matcher.group();
			Placeholder placeholder = Placeholder.byToken(token)
				.orElseThrow(() -> new InvalidTemplateException("unknown placeholder " + token
						+ " in template (known: {title} {link} {excerpt} {hashtags} {category} {author} {site} {date})"));
			if (matcher.start() > literalStart) {
				parts.add(line.substring(literalStart, matcher.start()));
			}
			parts.add(placeholder);
			literalStart = matcher.end();
		}
		if (literalStart < line.length()) {
			parts.add(line.substring(literalStart));
		}
		return List.copyOf(parts);
	}

	/** The template as written. */
	public String source() {
		return source;
	}

	boolean uses(Placeholder placeholder) {
		return lines.stream().anyMatch((line) -> line.contains(placeholder));
	}

	/**
	 * Fills the placeholders. A line whose placeholders are all empty and that holds nothing
	 * else disappears, and an empty placeholder leaves no double space, so optional fields
	 * need no template of their own.
	 */
	String render(Map<Placeholder, String> values) {
		List<String> rendered = new ArrayList<>();
		for (List<Object> line : lines) {
			StringBuilder text = new StringBuilder();
			boolean hadPlaceholder = false;
			boolean allEmpty = true;
			for (Object part : line) {
				if (part instanceof Placeholder placeholder) {
					String value = values.getOrDefault(placeholder, "");
					hadPlaceholder = true;
					allEmpty &= value.isEmpty();
					text.append(value);
				}
				else {
					text.append(part);
				}
			}
			String tidy = text.toString().replaceAll(" {2,}", " ").strip();
			if (!(hadPlaceholder && allEmpty && tidy.isEmpty())) {
				rendered.add(tidy);
			}
		}
		return String.join("\n", rendered).strip();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PostTemplate template && template.source.equals(source);
	}

	@Override
	public int hashCode() {
		return source.hashCode();
	}

	@Override
	public String toString() {
		return source;
	}

}
