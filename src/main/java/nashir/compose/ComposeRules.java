package nashir.compose;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How one schedule turns stories into post text.
 *
 * @param template the schedule's template
 * @param accountTemplates templates that replace {@code template} for some accounts
 * @param zone the schedule's time zone, for {@code {date}}
 * @param templateGiven whether the schedule names {@code template} itself; when it does not, an
 *     account's own default template comes before the built-in one
 */
public record ComposeRules(PostTemplate template, Map<String, PostTemplate> accountTemplates, HashtagRules hashtags,
		UtmParameters utm, ImageMode image, ZoneId zone, boolean templateGiven) {

	public ComposeRules {
		Objects.requireNonNull(template, "template");
		accountTemplates = Map.copyOf(accountTemplates);
		hashtags = hashtags == null ? HashtagRules.NONE : hashtags;
		utm = utm == null ? UtmParameters.NONE : utm;
		image = image == null ? ImageMode.AUTO : image;
		zone = zone == null ? ZoneId.systemDefault() : zone;
	}

	/** Rules whose template was given. */
	public ComposeRules(PostTemplate template, Map<String, PostTemplate> accountTemplates, HashtagRules hashtags,
			UtmParameters utm, ImageMode image, ZoneId zone) {
		this(template, accountTemplates, hashtags, utm, image, zone, true);
	}

	public static ComposeRules of(PostTemplate template) {
		return new ComposeRules(template, Map.of(), HashtagRules.NONE, UtmParameters.NONE, ImageMode.AUTO, null);
	}

	public PostTemplate templateFor(String account) {
		return accountTemplates.getOrDefault(account, template);
	}

	/**
	 * These rules for an account whose own default template is {@code accountDefault}: it is used
	 * where the schedule names no template for the account, neither its own nor {@code template}.
	 */
	public ComposeRules withAccountDefault(String account, PostTemplate accountDefault) {
		if (templateGiven || accountTemplates.containsKey(account)) {
			return this;
		}
		Map<String, PostTemplate> templates = new HashMap<>(accountTemplates);
		templates.put(account, accountDefault);
		return new ComposeRules(template, templates, hashtags, utm, image, zone, false);
	}

}
