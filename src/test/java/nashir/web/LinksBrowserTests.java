package nashir.web;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nashir.compose.ComposeRules;
import nashir.compose.HashtagRules;
import nashir.compose.ImageMode;
import nashir.compose.PostComposer;
import nashir.compose.PostTemplate;
import nashir.compose.Story;
import nashir.compose.UtmParameters;
import nashir.queue.NewPost;
import nashir.queue.Post;
import nashir.queue.PostQueue;
import nashir.queue.PostStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links that read and previews of what X will show, in Arabic, on a laptop (1366 px) and a phone
 * (390 px), in Debian's headless chromium against the whole application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:nashir-links-browser;DB_CLOSE_DELAY=-1",
				"nashir.schedules-dir=src/test/resources/web/schedules", "spring.quartz.auto-startup=false",
				"nashir.dispatcher.enabled=false", "nashir.accounts.main.dry-run=true",
				"nashir.accounts.ofoq_sport.dry-run=true", "nashir.admin-password=" + LinksBrowserTests.PASSWORD,
				"nashir.web.preview.accounts.main.name=أفق نيوز", "nashir.web.preview.accounts.main.handle=@ofoqnews" })
class LinksBrowserTests {

	static final String PASSWORD = "links-admin-password";

	static final String HEADLINE = "عاجل: انطلاق مؤتمر الحوار الوطني في صنعاء بمشاركة واسعة";

	static final String SLUG = "https://ofoq.example.com/2026/11/29/انطلاق-مؤتمر-الحوار-الوطني-في-صنعاء-بمشاركة-واسعة/";

	static final String IMAGE = "https://ofoq.example.com/wp-content/uploads/2026/11/sanaa-summit.jpg";

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PostQueue queue;

	@Autowired
	Clock clock;

	@BeforeAll
	static void startBrowser() throws IOException {
		Chromium.require();
		browser = Chromium.start(Files.createTempDirectory("nashir-links-chromium"));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void loggedInOnAnEmptyQueue() {
		new Newsroom(jdbc).clear();
		browser.manage().window().setSize(new Dimension(1366, 900));
		open("/queue");
		if (browser.getCurrentUrl().endsWith("/login")) {
			browser.findElement(By.name("username")).sendKeys("admin");
			browser.findElement(By.name("password")).sendKeys(PASSWORD);
			browser.findElement(By.cssSelector("form button[type=submit]")).click();
			await().until(ExpectedConditions.urlContains("/queue"));
		}
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1366, 390 })
	void shouldShowAnArabicLinkOnOneLineFromItsHost(int width) {
		String sent = feedText();
		long id = waiting(sent, null, PostStatus.QUEUED);
		new Newsroom(jdbc).post("main", "ofoq", sent, PostStatus.PUBLISHED, clock.instant(), clock.instant(),
				clock.instant());
		browser.manage().window().setSize(new Dimension(width, 844));

		open("/queue");
		assertReadable(card(id).findElement(By.cssSelector(".preview-card .weblink")), sent);
		open("/log");
		assertReadable(browser.findElement(By.cssSelector("table.log td.text .weblink")), sent);
		open("/feeds");
		assertThat(browser.findElement(By.cssSelector(".url .weblink")).getText()).isEqualTo("ofoq.example.com/feed/");
	}

	private static void assertReadable(WebElement link, String sent) {
		double height = link.getRect().getHeight();
		double lineHeight = Double.parseDouble(String.valueOf(script(
				"return parseFloat(getComputedStyle(arguments[0]).lineHeight)", link)));
		assertThat(height).as("height of the link in px").isLessThanOrEqualTo(lineHeight * 1.3);
		assertThat(link.getTagName()).isEqualTo("bdi");
		assertThat(link.getAttribute("dir")).isEqualTo("ltr");
		assertThat(script("return getComputedStyle(arguments[0]).unicodeBidi", link)).isEqualTo("isolate");
		assertThat(link.getText()).startsWith("ofoq.example.com/2026/11/29/ان").endsWith("…");
		WebElement anchor = link.findElement(By.tagName("a"));
		assertThat(anchor.getAttribute("title")).isEqualTo(SLUG);
		assertThat(anchor.getAttribute("href")).isEqualTo(encodedSlug()).isIn(List.of(sent.split("\n")));
		assertThat(copied(anchor)).isEqualTo(encodedSlug());
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1366, 390 })
	void shouldPreviewThePostAsXWillShowIt(int width) {
		long id = waiting("#اليمن " + feedText(), IMAGE, PostStatus.REVIEW);
		browser.manage().window().setSize(new Dimension(width, 844));

		open("/review");
		WebElement card = card(id).findElement(By.cssSelector(".preview-card"));
		assertThat(card.findElement(By.cssSelector(".handle")).getText()).isEqualTo("@ofoqnews");
		assertThat(card.findElement(By.cssSelector(".name")).getText()).isEqualTo("أفق نيوز");
		assertThat(card.findElement(By.cssSelector(".avatar.initials")).getText()).isEqualTo("أن");
		assertThat(card.findElement(By.cssSelector(".hashtag")).getText()).isEqualTo("#اليمن");
		WebElement thumbnail = card.findElement(By.cssSelector("img.thumbnail"));
		assertThat(thumbnail.getAttribute("src")).isEqualTo(IMAGE);
		assertThat(thumbnail.getAttribute("loading")).isEqualTo("lazy");
		assertThat(thumbnail.getRect().getWidth()).isPositive().isLessThanOrEqualTo(card.getRect().getWidth());
		assertThat(thumbnail.getRect().getHeight()).isPositive();
		assertThat(card(id).getText()).doesNotContain("sanaa-summit.jpg").doesNotContain("%D8");
		assertThat(card(id).findElement(By.tagName("textarea")).getAttribute("value")).contains(SLUG);
	}

	@Test
	void shouldQueueTheEncodedLinkOfARawArabicLinkTypedInCompose() {
		open("/compose");
		browser.findElement(By.cssSelector("input[name=accounts][value=main]")).click();
		browser.findElement(By.name("text")).sendKeys(HEADLINE + "\n" + SLUG + " #اليمن");
		browser.findElement(By.name("imageUrl")).sendKeys("https://192.168.1.1/router.jpg");
		WebElement preview = await().until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#preview .preview-card .hashtag")));
		assertThat(preview.getText()).isEqualTo("#اليمن");
		assertThat(browser.findElement(By.cssSelector("#preview .handle")).getText()).isEqualTo("@ofoqnews");
		assertThat(browser.findElements(By.cssSelector("#preview img"))).as("no internal address loaded").isEmpty();
		assertThat(browser.findElement(By.cssSelector("#preview .weblink")).getText())
			.startsWith("ofoq.example.com/2026/11/29/");
		browser.findElement(By.name("imageUrl")).clear();

		browser.findElement(By.cssSelector("#compose button.primary")).click();
		await().until(ExpectedConditions.urlContains("/queue"));

		Post queued = queue.latest(1).get(0);
		assertThat(queued.text()).isEqualTo(feedText() + " #اليمن");
	}

	/** The text a feed story with the Arabic slug gets, template {@code {title}\n{link}}. */
	private static String feedText() {
		ComposeRules rules = new ComposeRules(PostTemplate.parse("{title}\\n{link}"), Map.of(), HashtagRules.NONE,
				UtmParameters.NONE, ImageMode.NONE, java.time.ZoneOffset.UTC);
		return PostComposer.offline().compose(new Story(HEADLINE, SLUG, "", List.of(), "", "", null, null), rules, null).text();
	}

	private static String encodedSlug() {
		return feedText().substring(HEADLINE.length() + 1);
	}

	/** What the clipboard gets when the reader selects the link and copies it. */
	private static Object copied(WebElement element) {
		return script("var range = document.createRange(); range.selectNodeContents(arguments[0]);"
				+ "var selection = getSelection(); selection.removeAllRanges(); selection.addRange(range);"
				+ "var event = new ClipboardEvent('copy', {clipboardData: new DataTransfer(), bubbles: true, cancelable: true});"
				+ "arguments[0].dispatchEvent(event); return event.clipboardData.getData('text/plain');", element);
	}

	private long waiting(String text, String image, PostStatus status) {
		Instant now = clock.instant();
		return queue.enqueue(new NewPost("ofoq", "main", "k-" + text.hashCode(), HEADLINE, SLUG, text, image,
				status == PostStatus.REVIEW, false, now.plus(Duration.ofMinutes(12)), now, now), "test").orElseThrow().id();
	}

	private static Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	private WebElement card(long id) {
		return browser.findElement(By.id("post-" + id));
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private static WebDriverWait await() {
		return new WebDriverWait(browser, Duration.ofSeconds(10));
	}

}
