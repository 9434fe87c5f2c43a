package nashir.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nashir.compose.PostLinks;
import nashir.publish.Account;
import nashir.publish.AccountDirectory;
import nashir.publish.Network;
import nashir.publish.Publishers;
import nashir.queue.Post;

import org.springframework.stereotype.Component;

/**
 * The preview cards of a post, or of a draft on the compose page, as {@code @previews}: one per
 * account, each looking like the account's network and counted by its rule.
 */
@Component("previews")
class PreviewCards {

	/** Top-level names that only resolve inside a network, never a news site's image. */
	private static final Set<String> INTERNAL_TOP = Set.of("local", "localhost", "internal", "intranet", "lan", "home",
			"corp", "arpa", "test", "invalid");

	/** A last label the browser reads as an IPv4 address ({@code 127.1}, {@code 0x7f.1}). */
	private static final Pattern NUMERIC = Pattern.compile("[0-9]+|0x[0-9a-f]*");

	private final PreviewSettings settings;

	private final AccountDirectory accounts;

	private final Publishers publishers;

	PreviewCards(PreviewSettings settings, AccountDirectory accounts, Publishers publishers) {
		this.settings = settings;
		this.accounts = accounts;
		this.publishers = publishers;
	}

	public List<PreviewCard> forPost(Post post) {
		return List.of(card(post.account(), post.text(), post.imageUrl()));
	}

	/**
	 * The cards of a draft for each chosen account; while none is chosen, for the first account (or
	 * for no account when none is configured: the text without a name).
	 */
	public List<PreviewCard> forDraft(List<String> chosen, String text, String imageUrl) {
		List<String> shown = chosen == null || chosen.isEmpty()
				? List.of(accounts.names().stream().findFirst().orElse("")) : chosen;
		return shown.stream().map((account) -> card(account, PostLinks.forX(text), imageUrl)).toList();
	}

	/** Every network shows the image when there is one, else a card for the first link. */
	private PreviewCard card(String account, String text, String imageUrl) {
		PreviewSettings.Profile profile = settings.of(account);
		PostLinks.Part firstLink = PostLinks.parts(text)
			.stream()
			.filter((part) -> part.kind() == PostLinks.Kind.LINK)
			.findFirst()
			.orElse(null);
		String image = thumbnail(imageUrl);
		PostLinks.Part linkCard = image == null ? firstLink : null;
		Network network = account.isEmpty() ? Network.X : publishers.network(account);
		if (network == Network.X) {
			return new PreviewCard.X(profile.name(), profile.handle(), initials(profile.name()),
					thumbnail(profile.picture()), text, image, linkCard);
		}
		return new PreviewCard.Message(network.id(), profile.name(), handle(network, account, profile),
				initials(profile.name()), thumbnail(profile.picture()), text, image, linkCard,
				publishers.lengthRule(account).measure(text));
	}

	/**
	 * The name people see the account by on its network: the configured preview handle, else what
	 * the account's own settings say (a Telegram channel, a Bluesky handle), on Mastodon with its
	 * instance.
	 */
	private String handle(Network network, String name, PreviewSettings.Profile profile) {
		Optional<Account> account = accounts.find(name);
		String own = account.map((found) -> switch (network) {
			case TELEGRAM -> found.chat();
			case BLUESKY -> found.handle();
			default -> null;
		}).filter((value) -> value != null && !value.isBlank()).orElse(null);
		PreviewSettings.Profile configured = settings.accounts().get(name);
		boolean chosen = configured != null && configured.handle() != null && !configured.handle().isBlank();
		String handle = chosen || own == null ? profile.handle() : own.strip();
		if (network == Network.TELEGRAM && handle.matches("-?[0-9]+")) {
			// A channel named by its numeric id has no name to show.
			return "";
		}
		String shown = "@" + handle.replaceFirst("^@", "");
		if (network == Network.MASTODON) {
			String host = account.map(Account::instance).map(PreviewCards::host).orElse(null);
			return host == null || shown.indexOf('@', 1) > 0 ? shown : shown + "@" + host;
		}
		return shown;
	}

	private static String host(String instance) {
		try {
			return instance == null ? null : URI.create(instance.strip()).getHost();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The address the editor's browser may load, or {@code null}: https (as the page's policy
	 * allows) and a public-looking host, never an IP literal or an intranet name, so a preview
	 * makes the browser fetch no internal address. The publisher fetches through the address guard.
	 */
	static String thumbnail(String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		PostLinks.Part link = PostLinks.link(address);
		if (link.kind() != PostLinks.Kind.LINK) {
			return null;
		}
		try {
			URI uri = new URI(link.link());
			String host = uri.getHost();
			boolean shown = "https".equals(uri.getScheme()) && host != null && uri.getUserInfo() == null
					&& isPublicName(host);
			return shown ? uri.toASCIIString() : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static boolean isPublicName(String host) {
		String name = host.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
		int dot = name.lastIndexOf('.');
		if (dot < 0 || name.startsWith("[")) {
			return false;
		}
		String top = name.substring(dot + 1);
		return !NUMERIC.matcher(top).matches() && !INTERNAL_TOP.contains(top);
	}

	/** The first letters of the first two words, as X's placeholder shows a name without a picture. */
	static String initials(String name) {
		StringBuilder initials = new StringBuilder();
		for (String word : name.strip().split("[\\s_.-]+")) {
			if (!word.isEmpty() && initials.codePointCount(0, initials.length()) < 2) {
				initials.appendCodePoint(word.codePointAt(0));
			}
		}
		return initials.toString().toUpperCase(Locale.ROOT);
	}

}
