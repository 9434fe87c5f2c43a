package nashir.schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A schedule as the app's feed form holds it, field by field; it becomes the text of a schedule
 * file, so that the one parser checks it and says what is wrong in the file's terms. Blank fields
 * are left out, and the parser's defaults (or its complaints) apply.
 *
 * @param backlog and {@code hashtagsMax}: whole numbers as typed (anything else the parser refuses by line)
 * @param hashtags fixed hashtags, without {@code #}
 * @param includeTitles and {@code excludeTitles}: regular expressions, one per entry
 */
public record ScheduleDraft(String feed, String every, String cron, List<String> accounts, String template,
		String mode, String backlog, String site, String image, boolean hashtagsFromCategories, String hashtagsMax,
		List<String> hashtags, List<String> includeCategories, List<String> excludeCategories,
		List<String> includeTitles, List<String> excludeTitles) {

	/** What the form can show; a text with any other key is edited as text. */
	private static final Set<String> KEYS = Set.of("feed", "every", "cron", "account", "accounts", "template", "mode",
			"backlog", "site", "image", "hashtags", "filters");

	private static final Set<String> HASHTAG_KEYS = Set.of("from-categories", "max", "fixed");

	private static final Set<String> FILTER_KEYS = Set.of("include-categories", "exclude-categories",
			"include-titles", "exclude-titles");

	public ScheduleDraft {
		accounts = clean(accounts);
		hashtags = clean(hashtags);
		includeCategories = clean(includeCategories);
		excludeCategories = clean(excludeCategories);
		includeTitles = clean(includeTitles);
		excludeTitles = clean(excludeTitles);
	}

	/** The schedule file this draft makes. */
	public String yaml() {
		Map<String, Object> root = new LinkedHashMap<>();
		put(root, "feed", feed);
		put(root, "every", every);
		put(root, "cron", cron);
		put(root, "accounts", accounts);
		put(root, "template", template);
		put(root, "mode", mode);
		put(root, "backlog", whole(backlog));
		put(root, "site", site);
		put(root, "image", image);
		Map<String, Object> tags = new LinkedHashMap<>();
		if (hashtagsFromCategories) {
			tags.put("from-categories", true);
		}
		put(tags, "max", whole(hashtagsMax));
		put(tags, "fixed", hashtags);
		put(root, "hashtags", tags);
		Map<String, Object> filters = new LinkedHashMap<>();
		put(filters, "include-categories", includeCategories);
		put(filters, "exclude-categories", excludeCategories);
		put(filters, "include-titles", includeTitles);
		put(filters, "exclude-titles", excludeTitles);
		put(root, "filters", filters);
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		// Long Arabic templates stay on one line, as an editor wrote them.
		options.setWidth(Integer.MAX_VALUE);
		return new Yaml(options).dump(root);
	}

	/**
	 * The draft a schedule's text holds, when the form can show all of it; empty for a text with keys
	 * the form lacks (it is then edited as text, so that nothing is lost) or that is no mapping.
	 */
	public static Optional<ScheduleDraft> of(String yaml) {
		try {
			if (!(load(yaml) instanceof Map<?, ?> root) || !KEYS.containsAll(root.keySet())) {
				return Optional.empty();
			}
			Map<?, ?> tags = section(root.get("hashtags"), HASHTAG_KEYS);
			Map<?, ?> filters = section(root.get("filters"), FILTER_KEYS);
			if (tags == null || filters == null) {
				return Optional.empty();
			}
			List<String> accounts = root.containsKey("account") ? strings(List.of(root.get("account")))
					: strings(root.get("accounts"));
			return Optional.of(new ScheduleDraft(text(root.get("feed")), text(root.get("every")), text(root.get("cron")),
					accounts, text(root.get("template")), text(root.get("mode")), number(root.get("backlog")),
					text(root.get("site")), text(root.get("image")), Boolean.TRUE.equals(tags.get("from-categories")),
					number(tags.get("max")), strings(tags.get("fixed")), strings(filters.get("include-categories")),
					strings(filters.get("exclude-categories")), strings(filters.get("include-titles")),
					strings(filters.get("exclude-titles"))));
		}
		catch (YAMLException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The {@code feed:} of a schedule's text, if it has one: for an id made from its host. */
	static Optional<String> feedOf(String yaml) {
		try {
			return load(yaml) instanceof Map<?, ?> root && root.get("feed") instanceof String feed ? Optional.of(feed)
					: Optional.empty();
		}
		catch (YAMLException ex) {
			return Optional.empty();
		}
	}

	private static Object load(String yaml) {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(10);
		options.setCodePointLimit(ScheduleYaml.MAX_BYTES);
		return new Yaml(new SafeConstructor(options)).load(yaml);
	}

	private static Map<?, ?> section(Object value, Set<String> keys) {
		if (value == null) {
			return Map.of();
		}
		return value instanceof Map<?, ?> map && keys.containsAll(map.keySet()) ? map : null;
	}

	private static String text(Object value) {
		if (value instanceof Map<?, ?> || value instanceof List<?>) {
			throw new IllegalArgumentException("not a single value");
		}
		return value == null ? null : String.valueOf(value);
	}

	private static String number(Object value) {
		if (value == null || value instanceof Integer) {
			return value == null ? null : value.toString();
		}
		throw new IllegalArgumentException("not a whole number");
	}

	/** A number written as one, so that the file reads {@code backlog: 3}; anything else as typed. */
	private static Object whole(String value) {
		return value != null && value.strip().matches("[0-9]{1,9}") ? Integer.valueOf(value.strip()) : value;
	}

	private static List<String> strings(Object value) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new IllegalArgumentException("not a list");
		}
		List<String> strings = new ArrayList<>();
		for (Object item : list) {
			strings.add(text(item));
		}
		return strings;
	}

	private static List<String> clean(List<String> values) {
		return values == null ? List.of()
				: values.stream().filter(value -> value != null && !value.isBlank()).map(String::trim).toList();
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		boolean empty = value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof List<?> list && list.isEmpty()) || (value instanceof Map<?, ?> inner && inner.isEmpty());
		if (!empty) {
			// A browser's text area sends CRLF; a post's line break is LF.
			map.put(key, value instanceof String text ? text.strip().replace("\r\n", "\n") : value);
		}
	}

}
