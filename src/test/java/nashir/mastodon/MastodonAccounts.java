package nashir.mastodon;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;

import javax.imageio.ImageIO;

import nashir.net.Http;
import nashir.net.TestNet;
import nashir.publish.Account;
import nashir.publish.Network;

import static org.assertj.core.api.Assertions.assertThat;

/** A distinctive token, so a test can prove it appears nowhere it should not, and the channel as tests build it. */
final class MastodonAccounts {

	static final String TOKEN = "mst-QAZ1wsx-EDC3rfv-TOKEN-9f8e7d";

	/** A real headline of the first user's site. */
	static final String HEADLINE = "قمة “بوتين وبايدن”.. اتفاق على عودة السفراء";

	/** The headline with Latin, emoji, hashtags and the story's link, as the composer writes a post. */
	static final String TEXT = HEADLINE + " (Biden–Putin summit) 🤝🏽🇺🇳\n#أخبار_دولية #سياسة\n"
			+ "https://ofoq.example.com/2021/06/16/%D9%82%D9%85%D8%A9-%D8%A8%D9%88%D8%AA%D9%8A%D9%86/";

	/** Quick polls, so a test of the 202 wait takes milliseconds. */
	static final MastodonSettings SETTINGS = new MastodonSettings(Duration.ofSeconds(2), Duration.ofSeconds(5),
			Duration.ofSeconds(2), Duration.ofHours(1), 3, Duration.ofMillis(10), "ar");

	private MastodonAccounts() {
	}

	static Account account(String instance) {
		return account(instance, TOKEN);
	}

	static Account account(String instance, String token) {
		return new Account(null, null, token, null, false, Duration.ZERO, 0, null, Duration.ofMinutes(15), null, null,
				Network.MASTODON, null, null, instance, null, null, null);
	}

	/** Images come from WireMock on {@code localhost}, which the guarded client of tests allows. */
	static MastodonChannel channel(Clock clock) {
		return new MastodonChannel(SETTINGS, TestNet.http(), Http.unguarded(), clock);
	}

	static void assertNoToken(Object anything) {
		assertThat(String.valueOf(anything)).doesNotContain(TOKEN).doesNotContain("QAZ1wsx");
	}

	static byte[] png() {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
