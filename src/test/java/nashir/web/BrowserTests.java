package nashir.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nashir.compose.TweetLength;
import nashir.queue.NewPost;
import nashir.queue.PostQueue;
import nashir.queue.PostStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor's day in a real browser (Debian's headless chromium) against the whole application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:nashir-browser;DB_CLOSE_DELAY=-1",
				"nashir.schedules-dir=src/test/resources/web/schedules", "nashir.feed.sweep=false",
				"nashir.dispatcher.enabled=false", "nashir.accounts.main.dry-run=true",
				"nashir.accounts.ofoq_sport.dry-run=true", "nashir.admin-password=" + BrowserTests.PASSWORD,
				"nashir.web.time-zone=Asia/Riyadh" })
class BrowserTests {

	static final String PASSWORD = "browser-admin-password";

	static final String HEADLINE = "قمة “بوتين وبايدن”.. اتفاق على إطلاق حوار شامل قريبا";

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PostQueue queue;

	@Autowired
	Clock clock;

	@Autowired
	EditorActions actions;

	Newsroom newsroom;

	@BeforeAll
	static void startBrowser() throws IOException {
		Chromium.require();
		browser = Chromium.start(Files.createTempDirectory("nashir-chromium"));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void loggedInOnAnEmptyQueue() {
		newsroom = new Newsroom(jdbc);
		newsroom.clear();
		open("/queue");
		if (browser.getCurrentUrl().endsWith("/login")) {
			logIn();
		}
	}

	@Test
	void shouldLogInThroughTheLoginPage() {
		browser.manage().deleteAllCookies();
		open("/queue");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		logIn();
		assertThat(browser.getCurrentUrl()).contains("/queue");
		assertThat(browser.findElement(By.cssSelector(".me .user")).getText()).isEqualTo("admin");
	}

	@Test
	void shouldAnswerAMissingPageWithOneArabicLine() {
		open("/no-such-page");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("404");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("لا توجد صفحة بهذا العنوان.")
			.doesNotContain("Exception");
	}

	@Test
	void shouldApproveAPostWaitingForReview() {
		long id = waiting("ofoq-opinion", HEADLINE + "\nhttps://ofoq.example.com/?p=104233", true);
		open("/review");
		card(id).findElement(By.cssSelector("button.approve")).click();
		await().until(ExpectedConditions.textToBe(By.cssSelector("#post-" + id + " .status"), "في الطابور"));
		assertThat(queue.find(id).orElseThrow().status()).isEqualTo(PostStatus.QUEUED);
		assertThat(jdbc.sql("SELECT username || ':' || action FROM audit_entry WHERE post_id = ?").param(id)
			.query(String.class).list()).containsExactly("admin:approve");
	}

	@Test
	void shouldCountLiveAndRefuseATextPastTheLimit() {
		String text = HEADLINE + "\nhttps://ofoq.example.com/?p=104233";
		long id = waiting("ofoq", text, false);
		open("/queue");
		WebElement box = card(id).findElement(By.tagName("textarea"));
		box.sendKeys(" عاجل");
		await().until(ExpectedConditions.textToBe(By.cssSelector("#counter-" + id + " .n"),
				String.valueOf(TweetLength.of(text + " عاجل").weightedLength())));

		box.sendKeys(" " + "تفاصيل إضافية عن القمة ".repeat(12));
		await().until(ExpectedConditions.attributeContains(By.id("counter-" + id), "class", "over"));
		card(id).findElement(By.cssSelector("button.save")).click();
		WebElement refused = await()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#post-" + id + " .flash.bad")));
		assertThat(refused.getText()).contains("من 280 بحساب X");
		assertThat(queue.find(id).orElseThrow().text()).isEqualTo(text);
	}

	@Test
	void shouldCancelAPost() {
		long id = waiting("ofoq", HEADLINE, false);
		open("/queue");
		card(id).findElement(By.cssSelector("button.cancel")).click();
		await().until(ExpectedConditions.textToBe(By.cssSelector("#post-" + id + " .status"), "أُلغي"));
		assertThat(queue.find(id).orElseThrow().status()).isEqualTo(PostStatus.CANCELED);
	}

	@Test
	void shouldFilterTheLog() {
		Instant now = clock.instant();
		newsroom.post("main", "ofoq", HEADLINE, PostStatus.PUBLISHED, now, now.minusSeconds(90), now.minusSeconds(60));
		newsroom.post("ofoq_sport", "ofoq-opinion", "الهلال يتأهل إلى نهائي دوري أبطال آسيا", PostStatus.FAILED, now,
				now.minusSeconds(50), null);
		open("/log");
		assertThat(rows()).hasSize(2);
		new Select(browser.findElement(By.name("status"))).selectByValue("FAILED");
		browser.findElement(By.cssSelector("#log-filter button.primary")).click();
		await().until(ExpectedConditions.urlContains("status=FAILED"));
		assertThat(rows()).hasSize(1);
		assertThat(rows().get(0).getText()).contains("الهلال يتأهل").contains("5 MB");

		browser.findElement(By.name("q")).clear();
		new Select(browser.findElement(By.name("status"))).selectByValue("");
		browser.findElement(By.name("q")).sendKeys("بوتين");
		browser.findElement(By.cssSelector("#log-filter button.primary")).click();
		await().until(ExpectedConditions.urlContains("q="));
		assertThat(rows()).hasSize(1);
		assertThat(rows().get(0).findElement(By.tagName("a")).getAttribute("href"))
			.startsWith("https://x.com/i/web/status/");
	}

	/**
	 * Every main page renders right to left with its Arabic text, and is photographed for the README
	 * (into {@code -Dnashir.screenshots=DIR}, by default {@code target/screenshots}).
	 */
	@Test
	void shouldShowEveryMainPageInArabic() throws IOException {
		new NewsroomDay(newsroom, queue, clock.instant()).fill();
		editorsAtWork();
		Path shots = Path.of(System.getProperty("nashir.screenshots", "target/screenshots"));
		Files.createDirectories(shots);
		for (String page : List.of("queue", "review", "compose", "feeds", "log", "dashboard", "audit")) {
			open("/" + page);
			assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
			assertThat(browser.findElement(By.tagName("h1")).getText()).matches(".*[\u0600-\u06FF].*");
			if (page.equals("compose")) {
				browser.findElement(By.name("text")).sendKeys(NewsroomDay.COMPOSED);
				browser.findElement(By.name("imageUrl")).sendKeys(NewsroomDay.SITE + "wp-content/uploads/2026/12/summit.jpg");
				await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#preview .text"),
						"ofoqnews.net/2026/12/"));
			}
			if (page.equals("dashboard")) {
				await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-posts canvas")));
			}
			save(shots.resolve(page + ".png"));
		}
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		try {
			for (String page : List.of("queue", "log")) {
				open("/" + page);
				save(shots.resolve(page + "-phone.png"));
			}
		}
		finally {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}
	}

	/** A few of the day's editor actions, for the audit page. */
	private void editorsAtWork() {
		List<nashir.queue.Post> review = queue.latest(50).stream().filter(p -> p.status() == PostStatus.REVIEW).toList();
		actions.editText(review.get(0).id(), "رأي: " + review.get(0).text(), "nour");
		actions.approve(review.get(0).id(), "nour");
		actions.markUrgent(review.get(1).id(), true, "sami");
		actions.cancel(review.get(2).id(), "sami");
	}

	@Test
	void shouldDocumentTheApiWithOpenApi() {
		open("/api/docs");
		WebElement title = await()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
		assertThat(title.getText()).contains("Nashir API");
		assertThat(browser.findElement(By.cssSelector(".swagger-ui")).getText()).contains("/api/posts/{id}/approve")
			.contains("/api/schedules/{id}/pause");
	}

	/** The whole page up to 1,800 pixels high, then the window back to its size. */
	private static void save(Path file) throws IOException {
		org.openqa.selenium.Dimension size = browser.manage().window().getSize();
		long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollHeight");
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(),
				(int) Math.min(1800, Math.max(size.getHeight(), height + 100))));
		try {
			Files.write(file,
					((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		}
		finally {
			browser.manage().window().setSize(size);
		}
	}

	private long waiting(String schedule, String text, boolean review) {
		Instant now = clock.instant();
		return queue.enqueue(new NewPost(schedule, "main", "k-" + text.hashCode(), text, "https://ofoq.example.com/",
				text, null, review, false, now.plus(Duration.ofMinutes(12)), now, now), "test").orElseThrow().id();
	}

	private List<WebElement> rows() {
		return browser.findElements(By.cssSelector("table.log tbody tr"));
	}

	private WebElement card(long id) {
		return browser.findElement(By.id("post-" + id));
	}

	private void logIn() {
		browser.findElement(By.name("username")).sendKeys("admin");
		browser.findElement(By.name("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		await().until(ExpectedConditions.urlContains("/queue"));
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private static WebDriverWait await() {
		return new WebDriverWait(browser, Duration.ofSeconds(10));
	}

}
