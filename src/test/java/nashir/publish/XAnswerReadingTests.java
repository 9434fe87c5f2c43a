package nashir.publish;

import java.io.IOException;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nashir.net.EndlessServer;
import nashir.publish.PublishOutcome.Published;
import nashir.publish.PublishOutcome.TransientFailure;
import nashir.text.Reason;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static nashir.publish.TestAccounts.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer of X is read within a cap and a deadline, and a success whose body cannot be read
 * still counts as published: X took the post, and sending it again would post it twice.
 */
class XAnswerReadingTests {

	private final WireMockServer x = new WireMockServer(options().dynamicPort());

	@BeforeEach
	void start() {
		this.x.start();
	}

	@AfterEach
	void stop() {
		this.x.stop();
	}

	@Test
	void shouldStopReadingAnEndless200AndCountThePostAsPublished() throws IOException {
		try (EndlessServer endless = new EndlessServer(200, "application/json", 2L << 30, Duration.ofSeconds(30))) {
			long start = System.nanoTime();

			PublishOutcome outcome = publisher(endless.baseUrl()).publish(new OutgoingPost("main", TEXT, null, null));

			assertThat(outcome).isInstanceOfSatisfying(Published.class, (published) -> {
				assertThat(published.tweetId()).isNull();
				assertThat(published.note()).isEqualTo(Reason.of("publish.note.unreadable",
						"X took it, answer unreadable (200, larger than 1048576 bytes)", 200));
			});
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
			assertThat(endless.written()).isLessThan(64L << 20);
		}
	}

	@Test
	void shouldCountASuccessCutOffMidBodyAsPublished() {
		// WireMock sends this fault as a 200 whose chunked body breaks off.
		this.x.stubFor(post("/2/tweets").willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

		PublishOutcome outcome = publisher(this.x.baseUrl()).publish(new OutgoingPost("main", TEXT, null, null));

		assertThat(outcome).isInstanceOfSatisfying(Published.class, (published) -> {
			assertThat(published.tweetId()).isNull();
			assertThat(published.note().english()).startsWith("X took it, answer unreadable (200, network error");
		});
		this.x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
	}

	@Test
	void shouldFlagA200WithAnHtmlBodyForChecking() {
		this.x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("<html><body>مرحبا بك في البوابة</body></html>")));

		PublishOutcome outcome = publisher(this.x.baseUrl()).publish(new OutgoingPost("main", TEXT, null, null));

		assertThat(outcome).isInstanceOfSatisfying(Published.class, (published) -> {
			assertThat(published.tweetId()).isNull();
			assertThat(published.note()).isEqualTo(Reason.of("publish.note.html",
					"X took it, answer unreadable (200, X answered HTML, check the account on X)", 200));
		});
	}

	@Test
	void shouldJudgeAnErrorByItsStatusEvenWhenItsBodyIsHuge() {
		this.x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(503).withBody(new byte[3 << 20])));

		assertThat(publisher(this.x.baseUrl()).publish(new OutgoingPost("main", TEXT, null, null)))
			.isInstanceOf(TransientFailure.class);
	}

	private static Publisher publisher(String baseUrl) {
		return TestAccounts.publishers(baseUrl, Duration.ofSeconds(5)).forAccount("main");
	}

}
