package nashir.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nashir.account.AppAccounts;
import nashir.account.AppSettings;
import nashir.account.XApp;
import nashir.account.XConnection;
import nashir.account.XProfile;
import nashir.publish.QuietHours;
import nashir.queue.NewPost;
import nashir.queue.PostQueue;
import nashir.queue.PostStatus;
import nashir.text.Reason;
import nashir.web.SignedInBrowser.Screen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, on a phone (390×844) and a laptop (1366×768), in Arabic and English, with a newsroom's
 * longest texts (Arabic headlines, percent-encoded links, X's errors, a refused schedule file): none
 * is wider than the screen. A new page is covered by adding its path to {@link #PAGES}.
 */
@AppInBrowser
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:nashir-widths;DB_CLOSE_DELAY=-1",
		"nashir.schedules-dir=src/test/resources/web/layout-schedules" })
class PageWidthBrowserTests {

	/** Every page an editor can reach, error pages included. */
	static final List<String> PAGES = List.of("/login", "/", "/queue", "/review", "/compose", "/feeds", "/feeds/new", "/log",
			"/log?q=%D8%A7%D9%84%D8%A7%D8%B3%D9%88%D8%A7%D9%82", "/dashboard", "/audit", "/users", "/accounts", "/calendar",
			"/no-such-page", "/posts/1/approve");

	static final List<Screen> SCREENS = List.of(Screen.PHONE, Screen.LAPTOP);

	static final List<String> LANGUAGES = List.of("ar", "en");

	/** A story's link as feeds give it: Arabic slug, percent-encoded, one unbreakable run of 300 characters. */
	static final String LONG_LINK = "https://ofoq.example.com/2026/11/29/"
			+ "%D8%A7%D9%84%D8%A8%D9%86%D9%83-%D8%A7%D9%84%D9%85%D8%B1%D9%83%D8%B2%D9%8A-%D9%8A%D8%AB%D8%A8%D8%AA-"
			+ "%D8%B3%D8%B9%D8%B1-%D8%A7%D9%84%D9%81%D8%A7%D8%A6%D8%AF%D8%A9-%D9%84%D9%84%D9%85%D8%B1%D8%A9-"
			+ "%D8%A7%D9%84%D8%B1%D8%A7%D8%A8%D8%B9%D8%A9-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%AA%D9%88%D8%A7%D9%84%D9%8A/";

	static final String LONG_TITLE = "عاجل: انطلاق مؤتمر الحوار الوطني في صنعاء بمشاركة واسعة من الأحزاب والمكونات "
			+ "السياسية ومنظمات المجتمع المدني وسط ترقب شعبي كبير لمخرجاته";

	/** X's 403 for a link it will not take, in X's own words (the argument of the reason the publisher stores). */
	static final String X_REFUSAL = "403 You are not permitted to create a Tweet with this URL: " + LONG_LINK;

	/** Latin text that is content, not the app's words: what X said, as the page quotes it. */
	static final List<String> QUOTED = List.of(X_REFUSAL, Newsroom.REFUSED_IMAGE.args().get(0).toString());

	/** Three English words in a row, as a sentence has and a handle, link, file name or code does not. */
	static final Pattern ENGLISH = Pattern.compile(
			"(?<![\\p{L}\\p{N}._/@#-])[A-Za-z][a-z']*(?:[,:;]?[ \\u00A0]+[A-Za-z][a-z']*){2,}(?![\\p{L}\\p{N}._/@#-])");

	SignedInBrowser signedIn;

	ChromeDriver browser;

	@BeforeAll
	void aBusyNewsroomAndABrowser(@LocalServerPort int port, @Autowired JdbcClient jdbc, @Autowired PostQueue queue,
			@Autowired Clock clock, @Autowired EditorActions actions, @Autowired UserAccounts users,
			@Autowired AppAccounts accounts) throws IOException {
		Newsroom newsroom = new Newsroom(jdbc);
		newsroom.clear();
		Instant now = clock.instant();
		new NewsroomDay(newsroom, queue, now).fill();
		long queued = queue.enqueue(new NewPost("ofoq", "main", "long-1", LONG_TITLE + "\n" + LONG_LINK, LONG_LINK,
				LONG_TITLE, LONG_LINK.replace("/2026/", "/wp-content/uploads/2026/") + "summit.jpg", false, true,
				now.plus(Duration.ofMinutes(3)), now, now), "test").orElseThrow().id();
		queue.enqueue(new NewPost("ofoq-opinion", "main", "long-2", LONG_TITLE + "\n" + LONG_LINK, LONG_LINK,
				LONG_TITLE, null, true, false, now.plus(Duration.ofMinutes(30)), now, now), "test");
		long failed = newsroom.post("main", "ofoq", LONG_TITLE + "\n" + LONG_LINK, PostStatus.FAILED, now,
				now.minusSeconds(300), null);
		jdbc.sql("UPDATE post SET error = ? WHERE id = ?")
			.params(Reason.of("publish.error.refused", "X refused the post (" + X_REFUSAL + ")", X_REFUSAL).stored(), failed)
			.update();
		long noted = newsroom.post("main", "ofoq", LONG_TITLE + "\n" + LONG_LINK + "?p=2", PostStatus.PUBLISHED, now,
				now.minusSeconds(200), now.minusSeconds(100));
		jdbc.sql("UPDATE post SET error = ? WHERE id = ?")
			.params(Reason.of("publish.note.both", "X took it, answer unreadable (200, X answered HTML, check the account "
					+ "on X); image left out: larger than 5 MB").stored(), noted)
			.update();
		long withoutImage = newsroom.post("main", "ofoq", LONG_TITLE + "\n" + LONG_LINK + "?p=3", PostStatus.PUBLISHED,
				now, now.minusSeconds(150), now.minusSeconds(90));
		jdbc.sql("UPDATE post SET error = ? WHERE id = ?")
			.params(Reason.of("publish.note.image.tooLarge", "image left out: larger than 5 MB").stored(), withoutImage)
			.update();
		newsroom.feed("ofoq-economy-archive", LONG_LINK + "feed/", now.minusSeconds(30), now.minusSeconds(9000), 7,
				NewsroomDay.busy(LONG_LINK + "feed/"));
		jdbc.sql("INSERT INTO feed_item (feed_id, item_key, link, title, first_seen_at) VALUES ('ofoq', ?, ?, ?, ?)")
			.params(LONG_LINK, LONG_LINK, LONG_TITLE, now.atOffset(ZoneOffset.UTC))
			.update();
		jdbc.sql("INSERT INTO feed_item_failure (feed_id, item_key, error, failed_at) VALUES ('ofoq', ?, ?, ?)")
			.params(LONG_LINK, Reason.of("feed.item.failed", "DataIntegrityViolationException: Value too long for column "
					+ "\"TEXT\"", "DataIntegrityViolationException").stored(), now.atOffset(ZoneOffset.UTC))
			.update();
		actions.editText(queued, LONG_TITLE + " (محدث)\n" + LONG_LINK, "nour.alhakimi@ofoq.example.com");
		actions.markUrgent(queued, true, "sami");
		users.create("nour.alhakimi.social-media-desk.ofoq-newsroom", "a-long-enough-password", Role.EDITOR, "admin");
		users.rename("nour.alhakimi.social-media-desk.ofoq-newsroom",
				"نور عبد الرحمن الحكيمي – مكتب التواصل الاجتماعي والمنصات الرقمية", "admin");
		accounts.saveConnection(new XConnection("ofoq_economy_and_markets_desk_arabic", new XApp("ck", "cs"), "at", "as",
				new XProfile("1862", "ofoq_economy_markets_news_desk", LONG_TITLE, null)), "admin");
		accounts.updateSettings("ofoq_economy_and_markets_desk_arabic", new AppSettings(false, Duration.ofMinutes(90),
				25, QuietHours.parse("23:30-05:45 Asia/Riyadh"), LONG_TITLE + "\n{title}\n{hashtags}\n{link}", null),
				"admin");
		signedIn = SignedInBrowser.start(port);
		browser = signedIn.driver;
	}

	@AfterAll
	void stopBrowser() {
		if (signedIn != null) {
			signedIn.close();
		}
	}

	static Stream<Arguments> views() {
		return PAGES.stream()
			.flatMap(page -> SCREENS.stream()
				.flatMap(screen -> LANGUAGES.stream().map(language -> Arguments.of(page, screen, language))));
	}

	@ParameterizedTest(name = "{0} on a {1} in {2}")
	@MethodSource("views")
	void shouldFitTheScreen(String page, Screen screen, String language) {
		resize(screen);
		visit(page, language);
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
		assertThat(overflowing()).as("wider than %d px: %s %s", screen.width(), page, language).isEmpty();
	}

	@ParameterizedTest(name = "{0} on a {1}")
	@MethodSource("arabicViews")
	void shouldSayNothingInEnglishInArabic(String page, Screen screen) {
		resize(screen);
		visit(page, "ar");
		String text = ownWords();
		for (String quoted : QUOTED) {
			text = text.replace(quoted, " ");
		}
		assertThat(ENGLISH.matcher(text).results().map(MatchResult::group).toList()).as("English in %s", page).isEmpty();
	}

	static Stream<Arguments> arabicViews() {
		return PAGES.stream().flatMap(page -> SCREENS.stream().map(screen -> Arguments.of(page, screen)));
	}

	@Test
	void shouldFoldTheMenuBehindAButtonOnAPhone() {
		resize(SCREENS.get(0));
		visit("/queue", "ar");
		WebElement button = browser.findElement(By.cssSelector("button.menu-toggle"));
		WebElement log = browser.findElement(By.cssSelector("#site-nav a[href='/log']"));
		assertThat(button.isDisplayed()).isTrue();
		assertThat(button.getText()).contains("القائمة");
		assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(button.getAttribute("aria-controls")).isEqualTo("site-nav");
		assertThat(log.isDisplayed()).isFalse();

		button.click();
		assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(log.isDisplayed()).isTrue();
		log.click();
		await().until(ExpectedConditions.urlContains("/log"));

		resize(SCREENS.get(1));
		visit("/queue", "ar");
		assertThat(browser.findElement(By.cssSelector("button.menu-toggle")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.cssSelector("#site-nav a[href='/log']")).isDisplayed()).isTrue();
	}

	@Test
	void shouldShowTheWholeMenuWithoutScript() {
		resize(SCREENS.get(0));
		browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			visit("/queue", "ar");
			assertThat(browser.findElement(By.cssSelector("button.menu-toggle")).isDisplayed()).isFalse();
			for (WebElement link : browser.findElements(By.cssSelector("#site-nav a"))) {
				assertThat(link.isDisplayed()).as(link.getAttribute("href")).isTrue();
			}
			assertThat(overflowing()).isEmpty();
		}
		finally {
			browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
	}

	@Test
	void shouldSkipToTheContentFromTheFirstTab() {
		resize(SCREENS.get(1));
		visit("/log", "ar");
		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement skip = browser.switchTo().activeElement();
		assertThat(skip.getText()).isEqualTo("إلى المحتوى");
		assertThat(skip.isDisplayed()).isTrue();
		skip.sendKeys(Keys.ENTER);
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
	}

	/**
	 * The document, and every visible element, within the viewport's width: a description of each
	 * that is not (elements inside one that is already listed are left out).
	 */
	@SuppressWarnings("unchecked")
	private List<String> overflowing() {
		return new ArrayList<>((List<String>) ((JavascriptExecutor) browser).executeScript("""
				var width = window.innerWidth, out = [];
				var root = document.documentElement;
				if (root.scrollWidth > width) { out.push('document: ' + root.scrollWidth + ' > ' + width); }
				var listed = [];
				document.querySelectorAll('body *').forEach(function (e) {
				  var r = e.getBoundingClientRect();
				  if (r.width === 0 || r.height === 0) { return; }
				  if (r.left < -1 || r.right > width + 1 || r.width > width) {
				    if (listed.some(function (p) { return p.contains(e); })) { return; }
				    listed.push(e);
				    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
				        ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '') + ' [' + Math.round(r.left) + ', '
				        + Math.round(r.right) + ']');
				  }
				});
				return out;
				"""));
	}

	/**
	 * The page's visible text in its own words: without links, handles, hashtags, post texts and titles,
	 * code and file names, and whatever is marked left to right (each text node on a line of its own).
	 */
	private String ownWords() {
		return (String) ((JavascriptExecutor) browser).executeScript("""
				var content = 'a, bdi, code, kbd, samp, pre, textarea, script, style, [dir=ltr], .text, .title, .hashtag, .mention';
				var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), out = [];
				for (var node = walker.nextNode(); node; node = walker.nextNode()) {
				  var parent = node.parentElement;
				  if (parent.closest(content) || !parent.checkVisibility({ visibilityProperty: true })) { continue; }
				  out.push(node.nodeValue);
				}
				return out.join('\\n');
				""");
	}

	private void resize(Screen screen) {
		signedIn.resize(screen);
	}

	private void visit(String page, String language) {
		signedIn.visit(page, language);
		if (page.equals("/dashboard")) {
			await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-latency canvas")));
		}
	}

	private WebDriverWait await() {
		return signedIn.await();
	}

}
