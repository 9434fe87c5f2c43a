package nashir.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import nashir.compose.ComposedPost;
import nashir.feed.FeedException;
import nashir.feed.FeedItem;
import nashir.schedule.InvalidScheduleException;
import nashir.schedule.Schedule;
import nashir.schedule.ScheduleFileParser;
import nashir.schedule.SchedulePreview;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code preview <feed-url-or-file> [--schedule FILE] [--json]}: prints what would be posted for
 * each item, newest first, for each of the schedule's accounts, each fitted and counted by its
 * account's network (its {@code type:} in the configuration), without touching the database or
 * sending anything. Exit status 2, with one line on stderr, when the feed or the schedule cannot be
 * used; 64 for a wrong command line.
 */
public class PreviewCommand {

	public static final String NAME = "preview";

	static final String USAGE = "usage: java -jar nashir.jar preview <feed-url-or-file> [--schedule FILE] [--json]";

	private final PrintStream out;

	private final PrintStream err;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Networks networks;

	/** Where the accounts and their networks come from: the configuration, or a test's. */
	@FunctionalInterface
	interface Networks {

		/** Runs the work with a preview of the accounts, open for as long as it runs. */
		int preview(ToIntFunction<SchedulePreview> work);

	}

	/** A preview of the configured accounts ({@code nashir.accounts.*}), read as the service reads them. */
	public PreviewCommand(PrintStream out, PrintStream err) {
		this(out, err, SchedulePreview::configured);
	}

	PreviewCommand(PrintStream out, PrintStream err, Networks networks) {
		this.out = out;
		this.err = err;
		this.networks = networks;
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
		Schedule schedule;
		try {
			schedule = scheduleFile == null ? null : ScheduleFileParser.forPreview().parse(scheduleFile);
		}
		catch (InvalidScheduleException ex) {
			return refused(ex.getMessage());
		}
		URI address = address(feed);
		boolean json = asJson;
		return networks.preview((preview) -> print(preview, address, schedule, json));
	}

	private int print(SchedulePreview preview, URI feed, Schedule schedule, boolean asJson) {
		try {
			for (SchedulePreview.PreviewedPost next : preview.posts(feed, schedule, Integer.MAX_VALUE)) {
				if (asJson) {
					next.posts().forEach((post) -> out.println(jsonLine(next.item(), post)));
				}
				else {
					out.println(onXAlone(next) ? block(next.item(), next.post()) : blocks(next));
				}
			}
			return 0;
		}
		catch (FeedException ex) {
			return refused(ex.getMessage());
		}
	}

	private int refused(String problem) {
		err.println("preview: " + problem);
		return 2;
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


	private String jsonLine(FeedItem item, SchedulePreview.AccountPost account) {
		ComposedPost post = account.post();
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("key", item.key());
		line.put("title", item.title());
		line.put("link", item.link().toString());
		line.put("published", item.published() == null ? null : item.published().toString());
		line.put("account", account.account());
		line.put("network", account.network());
		line.put("text", post.text());
		line.put("length", post.weightedLength());
		line.put("max", account.max());
		// the length's name from when X was the only network; by the account's network's count since
		line.put("weightedLength", post.weightedLength());
		line.put("valid", post.valid());
		line.put("hashtags", post.hashtags());
		line.put("image", post.imageUrl());
		return json.writeValueAsString(line);
	}

	/** One X account: the block as it was before other networks, so scripts reading it keep working. */
	private static boolean onXAlone(SchedulePreview.PreviewedPost next) {
		return next.posts().size() == 1 && next.posts().get(0).network().equals("x");
	}

	private static String block(FeedItem item, ComposedPost post) {
		List<String> facts = new ArrayList<>();
		facts.add("length " + post.weightedLength() + "/280" + (post.valid() ? "" : " (too long for X)"));
		if (item.published() != null) {
			facts.add("published " + item.published());
		}
		if (!post.hashtags().isEmpty()) {
			facts.add("hashtags " + hashtags(post));
		}
		facts.add("image " + (post.imageUrl() == null ? "none" : post.imageUrl()));
		return "── " + item.key() + "\n   " + String.join(" · ", facts) + "\n" + post.text() + "\n";
	}

	/** The item, then each account's post: the account, its network, the length by its rule, the text. */
	private static String blocks(SchedulePreview.PreviewedPost next) {
		FeedItem item = next.item();
		List<String> facts = new ArrayList<>();
		if (item.published() != null) {
			facts.add("published " + item.published());
		}
		facts.add("image " + (next.post().imageUrl() == null ? "none" : next.post().imageUrl()));
		StringBuilder out = new StringBuilder("── ").append(item.key()).append("\n   ").append(String.join(" · ", facts));
		for (SchedulePreview.AccountPost account : next.posts()) {
			ComposedPost post = account.post();
			String network = account.network();
			out.append("\n   @").append(account.account()).append(" · ").append(network).append(" · length ")
				.append(post.weightedLength()).append('/').append(account.max())
				.append(post.valid() ? "" : " (too long for " + network + ")");
			if (!post.hashtags().isEmpty()) {
				out.append(" · hashtags ").append(hashtags(post));
			}
			out.append('\n').append(post.text());
		}
		return out.append('\n').toString();
	}

	private static String hashtags(ComposedPost post) {
		return String.join(" ", post.hashtags().stream().map(tag -> "#" + tag).toList());
	}

}
