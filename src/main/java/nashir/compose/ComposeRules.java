package nashir.compose;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * How one schedule turns stories into post text.
 *
 * @param template the schedule's template
 * @param accountTemplates templates that replace {@code template} for some accounts
 * @param zone the schedule's time zone, for {@code {date}}
 */
public record ComposeRules(PostTemplate template, Map<String, PostTemplate> accountTemplates, HashtagRules hashtags,
		UtmParameters utm, ImageMode image, ZoneId zone) {

	public ComposeRules {
		Objects.requireNonNull(template, "template");
		accountTemplates = Map.copyOf(accountTemplates);
		hashtags = hashtags == null ? HashtagRules.NONE : hashtags;
		utm = utm == null ? UtmParameters.NONE : utm;
		image = image == null ? ImageMode.AUTO : image;
		zone = zone == null ? ZoneId.systemDefault() : zone;
	}

	public static ComposeRules of(PostTemplate template) {
		return new ComposeRules(template, Map.of(), HashtagRules.NONE, UtmParameters.NONE, ImageMode.AUTO, null);
	}

	public PostTemplate templateFor(String account) {
		return accountTemplates.getOrDefault(account, template);
	}

}
