package nashir.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nashir.schedule.ScheduleDraft;

/**
 * A feed as the feed form (and {@code POST/PUT /api/schedules}) sends it: either its fields, or a
 * schedule file's text in {@code yaml}, which then wins. Lists are typed as text: hashtags and
 * categories separated by commas (Arabic or Latin), title patterns one per line.
 */
class FeedForm {

	private String id = "";

	private String feed = "";

	private String every = "";

	private String cron = "";

	private List<String> accounts = new ArrayList<>();

	private String template = "";

	private String mode = "auto";

	private String backlog = "";

	private String site = "";

	private String image = "auto";

	private boolean hashtagsFromCategories;

	private String hashtagsMax = "";

	private String hashtags = "";

	private String includeCategories = "";

	private String excludeCategories = "";

	private String includeTitles = "";

	private String excludeTitles = "";

	private String yaml = "";

	/** A new feed's form: every 5 minutes, with the template the parser would use. */
	static FeedForm blank() {
		FeedForm form = new FeedForm();
		form.every = "5m";
		form.template = "{title}\n{link}";
		return form;
	}

	/** A stored schedule's form: its fields when the form can hold all of it, else its text. */
	static FeedForm of(String id, String yaml) {
		Optional<ScheduleDraft> draft = ScheduleDraft.of(yaml);
		FeedForm form = new FeedForm();
		form.id = id;
		if (draft.isEmpty()) {
			form.yaml = yaml;
			return form;
		}
		ScheduleDraft d = draft.get();
		form.feed = text(d.feed());
		form.every = text(d.every());
		form.cron = text(d.cron());
		form.accounts = new ArrayList<>(d.accounts());
		form.template = text(d.template());
		form.mode = text(d.mode());
		form.backlog = text(d.backlog());
		form.site = text(d.site());
		form.image = text(d.image());
		form.hashtagsFromCategories = d.hashtagsFromCategories();
		form.hashtagsMax = text(d.hashtagsMax());
		form.hashtags = String.join(", ", d.hashtags());
		form.includeCategories = String.join(", ", d.includeCategories());
		form.excludeCategories = String.join(", ", d.excludeCategories());
		form.includeTitles = String.join("\n", d.includeTitles());
		form.excludeTitles = String.join("\n", d.excludeTitles());
		return form;
	}

	/** The schedule file's text: the one pasted, or the one the fields make. */
	String definition() {
		if (!yaml.isBlank()) {
			return yaml.replace("\r\n", "\n");
		}
		return new ScheduleDraft(feed, every, cron, accounts, template, mode, backlog, site, image,
				hashtagsFromCategories, hashtagsMax, list(hashtags.replace("#", ""), "[,،]"),
				list(includeCategories, "[,،]"), list(excludeCategories, "[,،]"), list(includeTitles, "\r?\n"),
				list(excludeTitles, "\r?\n")).yaml();
	}

	private static List<String> list(String text, String separator) {
		return Arrays.stream(text.split(separator)).map(String::strip).filter(part -> !part.isEmpty()).toList();
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = text(id).strip();
	}

	public String getFeed() {
		return feed;
	}

	public void setFeed(String feed) {
		this.feed = text(feed);
	}

	public String getEvery() {
		return every;
	}

	public void setEvery(String every) {
		this.every = text(every);
	}

	public String getCron() {
		return cron;
	}

	public void setCron(String cron) {
		this.cron = text(cron);
	}

	public List<String> getAccounts() {
		return accounts;
	}

	public void setAccounts(List<String> accounts) {
		this.accounts = accounts == null ? new ArrayList<>() : accounts;
	}

	public String getTemplate() {
		return template;
	}

	public void setTemplate(String template) {
		this.template = text(template);
	}

	public String getMode() {
		return mode;
	}

	public void setMode(String mode) {
		this.mode = text(mode);
	}

	public String getBacklog() {
		return backlog;
	}

	public void setBacklog(String backlog) {
		this.backlog = text(backlog);
	}

	public String getSite() {
		return site;
	}

	public void setSite(String site) {
		this.site = text(site);
	}

	public String getImage() {
		return image;
	}

	public void setImage(String image) {
		this.image = text(image);
	}

	public boolean isHashtagsFromCategories() {
		return hashtagsFromCategories;
	}

	public void setHashtagsFromCategories(boolean hashtagsFromCategories) {
		this.hashtagsFromCategories = hashtagsFromCategories;
	}

	public String getHashtagsMax() {
		return hashtagsMax;
	}

	public void setHashtagsMax(String hashtagsMax) {
		this.hashtagsMax = text(hashtagsMax);
	}

	public String getHashtags() {
		return hashtags;
	}

	public void setHashtags(String hashtags) {
		this.hashtags = text(hashtags);
	}

	public String getIncludeCategories() {
		return includeCategories;
	}

	public void setIncludeCategories(String includeCategories) {
		this.includeCategories = text(includeCategories);
	}

	public String getExcludeCategories() {
		return excludeCategories;
	}

	public void setExcludeCategories(String excludeCategories) {
		this.excludeCategories = text(excludeCategories);
	}

	public String getIncludeTitles() {
		return includeTitles;
	}

	public void setIncludeTitles(String includeTitles) {
		this.includeTitles = text(includeTitles);
	}

	public String getExcludeTitles() {
		return excludeTitles;
	}

	public void setExcludeTitles(String excludeTitles) {
		this.excludeTitles = text(excludeTitles);
	}

	public String getYaml() {
		return yaml;
	}

	public void setYaml(String yaml) {
		this.yaml = text(yaml);
	}

}
