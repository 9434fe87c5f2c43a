package nashir.bluesky;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;

import javax.imageio.ImageIO;

import nashir.FakeBluesky;
import nashir.net.Http;
import nashir.net.TestNet;
import nashir.publish.Account;
import nashir.publish.Network;
import nashir.publish.OutgoingPost;
import nashir.publish.OutgoingPost.PostKey;

import static org.assertj.core.api.Assertions.assertThat;

/** A Bluesky account with distinctive credentials, so a test can prove they appear nowhere they should not. */
final class TestBluesky {

	static final String HANDLE = FakeBluesky.HANDLE;

	static final String APP_PASSWORD = FakeBluesky.APP_PASSWORD;

	static final String HEADLINE = "قمة “بوتين وبايدن”.. اتفاق على عودة السفراء";

	static final String TEXT = FacetsTests.TEXT;

	static final String LINK = FacetsTests.LINK;

	static final Instant NOW = Instant.parse("2026-12-02T10:20:00Z");

	static final PostKey KEY = new PostKey(104233, Instant.parse("2026-12-02T10:15:30.123456Z"));

	/** {@link Tid#of} of {@link #KEY}. */
	static final String RKEY = "3n3ojq4rpq2td";

	private TestBluesky() {
	}

	static Account account(String service) {
		return account(service, APP_PASSWORD);
	}

	static Account account(String service, String appPassword) {
		return new Account(null, null, null, null, false, Duration.ZERO, 0, null, Duration.ofMinutes(15), null, null,
				Network.BLUESKY, null, null, null, HANDLE, appPassword, service);
	}

	static BlueskyChannel channel(Duration requestTimeout) {
		return new BlueskyChannel(new BlueskySettings(Duration.ofSeconds(2), requestTimeout, null), TestNet.http(),
				Http.unguarded(), Clock.fixed(NOW, ZoneOffset.UTC));
	}

	static BlueskyChannel channel() {
		return channel(Duration.ofSeconds(5));
	}

	static OutgoingPost post(String text, String link, String imageUrl, String altText) {
		return new OutgoingPost("b", text, imageUrl, altText, KEY, link, link == null ? null : HEADLINE);
	}

	/** Another post of the account, made at the same time. */
	static OutgoingPost post(String text, long id) {
		return new OutgoingPost("b", text, null, null, new PostKey(id, KEY.createdAt()), null, null);
	}

	static OutgoingPost post() {
		return post(TEXT, null, null, null);
	}

	static void assertNoSecrets(Object anything, Collection<String> tokens) {
		String shown = String.valueOf(anything);
		assertThat(shown).doesNotContain(APP_PASSWORD);
		tokens.forEach((token) -> assertThat(shown).doesNotContain(token));
	}

	static byte[] png(int width, int height) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
