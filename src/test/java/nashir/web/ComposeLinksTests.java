package nashir.web;

import java.util.List;
import java.util.Map;

import nashir.NashirTest;
import nashir.TestClock;
import nashir.compose.ComposeRules;
import nashir.compose.ComposedPost;
import nashir.compose.HashtagRules;
import nashir.compose.ImageMode;
import nashir.compose.PostComposer;
import nashir.compose.PostLinks;
import nashir.compose.PostTemplate;
import nashir.compose.Story;
import nashir.compose.TweetLength;
import nashir.compose.UtmParameters;
import nashir.queue.NewPost;
import nashir.queue.Post;
import nashir.queue.PostQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor's links reach X exactly as a feed post's link does: typed raw, sent percent-encoded. */
@NashirTest
class ComposeLinksTests {

	static final String HEADLINE = "عاجل: انطلاق مؤتمر الحوار الوطني في صنعاء بمشاركة واسعة";

	static final String SLUG = "https://ofoq.example.com/2026/11/29/انطلاق-مؤتمر-الحوار-الوطني/";

	@Autowired
	EditorActions actions;

	@Autowired
	PostQueue queue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@BeforeEach
	void emptyQueue() {
		new Newsroom(jdbc).clear();
	}

	@Test
	void shouldSendAComposedPostAsTheFeedWouldHaveSentIt() {
		ComposedPost fromFeed = fromFeed();
		ComposeForm form = new ComposeForm();
		form.setAccounts(List.of("main"));
		form.setText(HEADLINE + "\n" + SLUG);

		Post composed = actions.compose(form, clock.instant(), "nour").get(0);

		assertThat(composed.text()).isEqualTo(fromFeed.text()).doesNotContain("انطلاق-مؤتمر");
		assertThat(TweetLength.of(composed.text()).weightedLength()).isEqualTo(fromFeed.weightedLength())
			.isEqualTo(HEADLINE.length() + 1 + 23);
	}

	@Test
	void shouldEncodeALinkTypedIntoAQueueEdit() {
		ComposedPost fromFeed = fromFeed();
		long id = queue.enqueue(new NewPost("ofoq", "main", "k-1", HEADLINE, SLUG, "قديم", null, false, false,
				clock.instant(), clock.instant(), clock.instant()), "test").orElseThrow().id();

		actions.editText(id, PostLinks.forReading(fromFeed.text()), "nour");

		assertThat(queue.find(id).orElseThrow().text()).isEqualTo(fromFeed.text());
	}

	private static ComposedPost fromFeed() {
		ComposeRules rules = new ComposeRules(PostTemplate.parse("{title}\\n{link}"), Map.of(), HashtagRules.NONE,
				UtmParameters.NONE, ImageMode.NONE, java.time.ZoneOffset.UTC);
		return PostComposer.offline().compose(new Story(HEADLINE, SLUG, "", List.of(), "", "", null, null), rules, null);
	}

}
