package nashir.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import java.util.regex.Pattern;

import nashir.compose.PostLinks;
import nashir.publish.AccountDirectory;
import nashir.queue.Post;

import org.springframework.stereotype.Component;

/** The preview cards of a post, or of a draft on the compose page, as {@code @previews}: one per account. */
@Component("previews")
class PreviewCards {

	/** Top-level names that only resolve inside a network, never a news site's image. */
	private static final Set<String> INTERNAL_TOP = Set.of("local", "localhost", "internal", "intranet", "lan", "home",
			"corp", "arpa", "test", "invalid");

	/** A last label the browser reads as an IPv4 address ({@code 127.1}, {@code 0x7f.1}). */
	private static final Pattern NUMERIC = Pattern.compile("[0-9]+|0x[0-9a-f]*");

	private final PreviewSettings settings;

	private final AccountDirectory accounts;

	PreviewCards(PreviewSettings settings, AccountDirectory accounts) {
		this.settings = settings;
		this.accounts = accounts;
	}

	public List<PreviewCard> forPost(Post post) {
		return List.of(x(post.account(), post.text(), post.imageUrl()));
	}

	/**
	 * The cards of a draft for each chosen account; while none is chosen, for the first account (or
	 * for no account when none is configured: the text without a name).
	 */
	public List<PreviewCard> forDraft(List<String> chosen, String text, String imageUrl) {
		List<String> shown = chosen == null || chosen.isEmpty()
				? List.of(accounts.names().stream().findFirst().orElse("")) : chosen;
		return shown.stream().map((account) -> x(account, PostLinks.forX(text), imageUrl)).toList();
	}

	private PreviewCard x(String account, String text, String imageUrl) {
		PreviewSettings.Profile profile = settings.of(account);
		PostLinks.Part firstLink = PostLinks.parts(text)
			.stream()
			.filter((part) -> part.kind() == PostLinks.Kind.LINK)
			.findFirst()
			.orElse(null);
		String image = thumbnail(imageUrl);
		return new PreviewCard.X(profile.name(), profile.handle(), initials(profile.name()),
				thumbnail(profile.picture()), text, image, image == null ? firstLink : null);
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
