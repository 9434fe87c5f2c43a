package nashir.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nashir.compose.ComposedPost;
import nashir.compose.PostComposer;
import nashir.feed.FeedException;
import nashir.feed.FeedItem;
import nashir.feed.FeedReader;
import nashir.feed.FeedSettings;
import nashir.schedule.InvalidScheduleException;
import nashir.schedule.Schedule;
import nashir.schedule.ScheduleFileParser;
import nashir.schedule.SchedulePreview;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code preview <feed-url-or-file> [--schedule FILE] [--json]}: prints what would be posted for
 * each item, newest first, without touching the database or X. Exit status 2, with one line on
 * stderr, when the feed or the schedule cannot be used; 64 for a wrong command line.
 */
public class PreviewCommand {

	public static final String NAME = "preview";

	static final String USAGE = "usage: java -jar nashir.jar preview <feed-url-or-file> [--schedule FILE] [--json]";

	private final PrintStream out;

	private final PrintStream err;

	private final JsonMapper json = JsonMapper.builder().build();

	public PreviewCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(String[] args) {
		String feed = null;
		Path scheduleFile = null;
		boolean asJson = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--json" -> asJson = true;
				case "--schedule" -> {
					if (++i == args.length) {
						return usage("--schedule needs a file");
					}
					scheduleFile = Path.of(args[i]);
				}
				default -> {
					if (args[i].startsWith("--") || feed != null) {
						return usage("unexpected argument: " + args[i]);
					}
					feed = args[i];
				}
			}
		}
		if (feed == null) {
			return usage("name a feed URL or file");
		}
		try {
			Schedule schedule = scheduleFile == null ? null : ScheduleFileParser.forPreview().parse(scheduleFile);
			SchedulePreview preview = new SchedulePreview(new FeedReader(FeedSettings.defaults()), new PostComposer());
			for (SchedulePreview.PreviewedPost next : preview.posts(address(feed), schedule, Integer.MAX_VALUE)) {
				out.println(asJson ? jsonLine(next.item(), next.post()) : block(next.item(), next.post()));
			}
			return 0;
		}
		catch (FeedException | InvalidScheduleException ex) {
			err.println("preview: " + ex.getMessage());
			return 2;
		}
	}

	private int usage(String problem) {
		err.println("preview: " + problem + "\n" + USAGE);
		return 64;
	}

	/** An http(s) or file: URL as given, anything else as a path on this machine. */
	static URI address(String feed) {
		String lower = feed.toLowerCase();
		if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:/")) {
			return URI.create(feed);
		}
		return Path.of(feed.startsWith("file:") ? feed.substring("file:".length()) : feed).toAbsolutePath().toUri();
	}


	private String jsonLine(FeedItem item, ComposedPost post) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("key", item.key());
		line.put("title", item.title());
		line.put("link", item.link().toString());
		line.put("published", item.published() == null ? null : item.published().toString());
		line.put("text", post.text());
		line.put("weightedLength", post.weightedLength());
		line.put("valid", post.valid());
		line.put("hashtags", post.hashtags());
		line.put("image", post.imageUrl());
		return json.writeValueAsString(line);
	}

	private static String block(FeedItem item, ComposedPost post) {
		List<String> facts = new ArrayList<>();
		facts.add("length " + post.weightedLength() + "/280" + (post.valid() ? "" : " (too long for X)"));
		if (item.published() != null) {
			facts.add("published " + item.published());
		}
		if (!post.hashtags().isEmpty()) {
			facts.add("hashtags " + String.join(" ", post.hashtags().stream().map(tag -> "#" + tag).toList()));
		}
		facts.add("image " + (post.imageUrl() == null ? "none" : post.imageUrl()));
		return "── " + item.key() + "\n   " + String.join(" · ", facts) + "\n" + post.text() + "\n";
	}

}
