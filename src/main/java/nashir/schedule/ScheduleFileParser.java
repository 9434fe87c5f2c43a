package nashir.schedule;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import nashir.compose.ComposeRules;
import nashir.compose.HashtagRules;
import nashir.compose.ImageMode;
import nashir.compose.InvalidTemplateException;
import nashir.compose.PostTemplate;
import nashir.compose.UtmParameters;
import nashir.feed.FeedFilter;

import org.quartz.CronExpression;
import org.springframework.boot.convert.DurationStyle;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code schedules/<id>.yml} (format in DESIGN.md and the README) into a checked {@link Schedule}. */
public class ScheduleFileParser {

	static final String DEFAULT_TEMPLATE = "{title}\n{link}";

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");

	/** {@code feed_schedule.cron}'s width. */
	private static final int MAX_CRON_LENGTH = 200;

	private static final Set<String> KEYS = Set.of("feed", "every", "cron", "account", "accounts", "template",
			"templates", "mode", "backlog", "enabled", "site", "time-zone", "filters", "hashtags", "utm", "image");

	private static final Set<String> FILTER_KEYS = Set.of("include-categories", "exclude-categories",
			"include-titles", "exclude-titles", "max-age");

	private static final Set<String> HASHTAG_KEYS = Set.of("from-categories", "max", "fixed", "map", "exclude");

	private static final Set<String> UTM_KEYS = Set.of("source", "medium", "campaign", "term", "content");

	private final ScheduleRules rules;

	ScheduleFileParser(ScheduleRules rules) {
		this.rules = rules;
	}

	/**
	 * For the preview: the service's default rules (file root, shortest interval), except that the
	 * accounts are not checked, since the preview reads no configuration.
	 */
	public static ScheduleFileParser forPreview() {
		return new ScheduleFileParser(ScheduleRules.preview());
	}

	public Schedule parse(Path file) throws InvalidScheduleException {
		String name = file.getFileName().toString();
		String id = id(name);
		return parse(id, name, ScheduleYaml.read(file, name));
	}

	/** A schedule from its text, as stored in the database: every node reads the same text alike. */
	Schedule parse(String id, String text) throws InvalidScheduleException {
		String name = id + ".yml";
		return parse(id(name), name, ScheduleYaml.compose(text, name));
	}

	/** The schedule's id: the file name without {@code .yml}, if it is a usable one. */
	static String id(String name) throws InvalidScheduleException {
		String id = name.endsWith(".yml") ? name.substring(0, name.length() - 4) : name;
		if (!ID.matcher(id).matches()) {
			// The id is the file's name in URLs, the schedules table and logs: Latin letters keep all three plain.
			throw new InvalidScheduleException(name, 0, "schedule.fileName",
					"the file name must be Latin letters (a-z, A-Z), digits, '-' or '_' and end in .yml");
		}
		return id;
	}

	private Schedule parse(String id, String name, Node root) throws InvalidScheduleException {
		YamlSection yaml = new YamlSection(name, root, KEYS);
		ZoneId zone = zone(yaml);
		return new Schedule(id, FeedAddress.read(yaml, rules.fileRoot()), trigger(yaml, zone), accounts(yaml), compose(yaml, zone), mode(yaml),
				yaml.integer("backlog", 0, 0), yaml.bool("enabled", true), filter(yaml), yaml.string("site", ""));
	}

	private PollTrigger trigger(YamlSection yaml, ZoneId zone) throws InvalidScheduleException {
		if (yaml.has("every") == yaml.has("cron")) {
			throw yaml.problem(yaml.has("every") ? "cron" : "feed", "schedule.everyOrCron", "give exactly one of 'every' or 'cron'");
		}
		String least = DurationStyle.SIMPLE.print(rules.minEvery(),
				rules.minEvery().toMillisPart() == 0 ? ChronoUnit.SECONDS : ChronoUnit.MILLIS);
		if (yaml.has("every")) {
			Duration every = yaml.duration("every");
			if (every.compareTo(rules.minEvery()) < 0) {
				String given = yaml.string("every", "").trim();
				throw yaml.problem("every", "schedule.everyTooShort", "'every' must be at least " + least + ", not " + given,
						least, given);
			}
			if (every.compareTo(ScheduleRules.MAX_EVERY) > 0) {
				String given = yaml.string("every", "").trim();
				throw yaml.problem("every", "schedule.everyTooLong", "'every' must be at most 365d, not " + given, given);
			}
			return new PollTrigger.Every(every);
		}
		String cron = yaml.required("cron");
		// The column's width: a longer expression would fail the whole batch of new rows it is in.
		if (cron.length() > MAX_CRON_LENGTH) {
			throw yaml.problem("cron", "schedule.cronTooLong", "'cron' must be at most 200 characters");
		}
		if (!CronExpression.isValidExpression(cron)) {
			throw yaml.problem("cron", "schedule.notCron",
					"'" + cron + "' is not a Quartz cron expression (e.g. \"0 */2 * * * ?\")", cron);
		}
		PollTrigger.Cron trigger = new PollTrigger.Cron(cron, zone);
		if (trigger.shortestGap().compareTo(rules.minEvery()) < 0) {
			throw yaml.problem("cron", "schedule.cronTooOften",
					"'" + cron + "' polls less than " + least + " apart; polls must be at least " + least + " apart", cron,
					least);
		}
		return trigger;
	}

	private List<String> accounts(YamlSection yaml) throws InvalidScheduleException {
		if (yaml.has("account") && yaml.has("accounts")) {
			throw yaml.problem("accounts", "schedule.accountTwice", "give 'account' or 'accounts', not both");
		}
		String key = yaml.has("accounts") ? "accounts" : "account";
		List<String> accounts = yaml.has("accounts") ? yaml.strings("accounts") : List.of(yaml.string("account", "main"));
		if (accounts.isEmpty() || accounts.stream().anyMatch(String::isBlank)) {
			throw yaml.problem("accounts", "schedule.noAccount", "name at least one account");
		}
		for (String account : accounts) {
			configured(yaml, key, account);
		}
		return accounts;
	}

	/** Posts for an account that is not configured would wait forever, unseen: refuse the file instead. */
	private void configured(YamlSection yaml, String key, String account) throws InvalidScheduleException {
		Optional<Set<String>> configured = rules.accounts().map(Supplier::get);
		if (configured.isPresent() && !configured.get().contains(account)) {
			String known = String.join(", ", new TreeSet<>(configured.get()));
			throw yaml.itemProblem(key, account, "schedule.unknownAccount", "unknown account '" + account
					+ "'; configured accounts: " + (known.isEmpty() ? "none" : known), account, known);
		}
	}

	private ComposeRules compose(YamlSection yaml, ZoneId zone) throws InvalidScheduleException {
		PostTemplate template = template(yaml, "template", yaml.string("template", DEFAULT_TEMPLATE));
		Map<String, PostTemplate> perAccount = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : yaml.stringMap("templates").entrySet()) {
			configured(yaml, "templates", entry.getKey());
			perAccount.put(entry.getKey(), template(yaml, "templates", entry.getValue()));
		}
		return new ComposeRules(template, perAccount, hashtags(yaml), utm(yaml), image(yaml), zone, yaml.has("template"));
	}

	private static PostTemplate template(YamlSection yaml, String key, String source) throws InvalidScheduleException {
		try {
			return PostTemplate.parse(source);
		}
		catch (InvalidTemplateException ex) {
			throw yaml.problem(key, "schedule.template", "'" + key + "': " + ex.getMessage(), key, ex.getMessage());
		}
	}

	private static HashtagRules hashtags(YamlSection yaml) throws InvalidScheduleException {
		if (!yaml.has("hashtags")) {
			return HashtagRules.NONE;
		}
		YamlSection section = yaml.section("hashtags", HASHTAG_KEYS);
		return new HashtagRules(section.bool("from-categories", false), section.integer("max", 3, 0),
				section.strings("fixed"), section.stringMap("map"), section.strings("exclude"));
	}

	private static UtmParameters utm(YamlSection yaml) throws InvalidScheduleException {
		if (!yaml.has("utm")) {
			return UtmParameters.NONE;
		}
		YamlSection section = yaml.section("utm", UTM_KEYS);
		Map<String, String> values = new LinkedHashMap<>();
		for (String key : List.of("source", "medium", "campaign", "term", "content")) {
			if (section.has(key)) {
				values.put(key, section.required(key));
			}
		}
		return new UtmParameters(values);
	}

	private static ImageMode image(YamlSection yaml) throws InvalidScheduleException {
		String value = yaml.string("image", "auto").trim().toLowerCase();
		return switch (value) {
			case "auto" -> ImageMode.AUTO;
			case "none" -> ImageMode.NONE;
			default -> throw yaml.problem("image", "schedule.image", "'image' must be auto or none, not '" + value + "'", value);
		};
	}

	private static Schedule.Mode mode(YamlSection yaml) throws InvalidScheduleException {
		String value = yaml.string("mode", "auto").trim().toLowerCase();
		return switch (value) {
			case "auto" -> Schedule.Mode.AUTO;
			case "review" -> Schedule.Mode.REVIEW;
			default -> throw yaml.problem("mode", "schedule.mode", "'mode' must be auto or review, not '" + value + "'", value);
		};
	}

	private static ZoneId zone(YamlSection yaml) throws InvalidScheduleException {
		if (!yaml.has("time-zone")) {
			return ZoneId.systemDefault();
		}
		String value = yaml.required("time-zone");
		try {
			return ZoneId.of(value.trim());
		}
		catch (DateTimeException ex) {
			throw yaml.problem("time-zone", "schedule.zone", "'" + value + "' is not a time zone (e.g. Asia/Aden)", value);
		}
	}

	private static FeedFilter filter(YamlSection yaml) throws InvalidScheduleException {
		if (!yaml.has("filters")) {
			return FeedFilter.NONE;
		}
		YamlSection section = yaml.section("filters", FILTER_KEYS);
		return new FeedFilter(section.strings("include-categories"), section.strings("exclude-categories"),
				patterns(section, "include-titles"), patterns(section, "exclude-titles"),
				section.has("max-age") ? section.duration("max-age") : null);
	}

	private static List<Pattern> patterns(YamlSection section, String key) throws InvalidScheduleException {
		List<Pattern> patterns = new ArrayList<>();
		for (String regex : section.strings(key)) {
			try {
				patterns.add(Pattern.compile(regex, Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE));
			}
			catch (PatternSyntaxException ex) {
				throw section.problem(key, "schedule.regex",
						"'" + regex + "' is not a regular expression: " + ex.getDescription(), regex, ex.getDescription());
			}
		}
		return patterns;
	}

}
