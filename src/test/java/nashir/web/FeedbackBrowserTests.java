package nashir.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import nashir.queue.NewPost;
import nashir.queue.PostQueue;
import nashir.queue.PostStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
 * Feedback for every action and the faster ways of working (issue 14, points 4 and 5), in Debian's
 * headless chromium against the whole application. The account {@code main} is paced by a
 * 20-minute {@code min-interval}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:nashir-feedback;DB_CLOSE_DELAY=-1",
				"nashir.schedules-dir=src/test/resources/web/schedules", "spring.quartz.auto-startup=false",
				"nashir.dispatcher.enabled=false", "nashir.accounts.main.dry-run=true",
				"nashir.accounts.main.min-interval=20m", "nashir.accounts.ofoq_sport.dry-run=true", "nashir.admin-password=" + FeedbackBrowserTests.PASSWORD,
				"nashir.web.time-zone=Asia/Riyadh" })
class FeedbackBrowserTests {

	static final String PASSWORD = "feedback-admin-password";

	static final String SUMMIT = "عاجل: انطلاق مؤتمر الحوار الوطني في صنعاء بمشاركة واسعة https://ofoq.example.com/?p=2001";

	static final String BUDGET = "Breaking: مجلس الوزراء يقر موازنة 2027 https://ofoq.example.com/?p=2002";

	static final String MATCH = "الهلال يتأهل إلى نهائي دوري أبطال آسيا https://ofoq.example.com/?p=2003";

	static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

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

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Chromium.startFor("feedback");
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
		jdbc.sql("DELETE FROM account_state").update();
		Chromium.openAsAdmin(browser, "http://localhost:" + port + "/queue", PASSWORD);
	}

	@Test
	void shouldSayAnApprovalAndARescheduleWereDone() {
		long id = waiting(SUMMIT, true);
		open("/review");
		card(id).findElement(By.cssSelector("button.approve")).click();
		assertThat(toastText()).contains("تمت الموافقة على المنشور " + id);
		assertThat(browser.findElement(By.id("toasts")).getAttribute("role")).isEqualTo("status");

		open("/queue");
		Instant later = clock.instant().plus(Duration.ofHours(3));
		reschedule(id, later);
		assertThat(toastText()).contains("نُقل موعد المنشور " + id)
			.contains(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(later.atZone(RIYADH)));
	}

	@Test
	void shouldSayAFeedIsBeingPolled() {
		open("/feeds");
		browser.findElement(By.cssSelector("button.poll")).click();
		assertThat(toastText()).contains("يُفحص الجدول").contains("ofoq");
	}

	@Test
	void shouldRefuseToRescheduleToThePastOrToAnAbsurdYear() {
		long id = waiting(SUMMIT, false);
		Instant due = queue.find(id).orElseThrow().dueAt();
		open("/queue");
		reschedule(id, clock.instant().minus(Duration.ofHours(1)));
		assertThat(refusal(id)).contains("هذا الموعد مضى");
		reschedule(id, clock.instant().plus(Duration.ofDays(365 * 36)));
		assertThat(refusal(id)).contains("بعد أكثر من سنة");
		assertThat(queue.find(id).orElseThrow().dueAt()).isEqualTo(due);
	}

	@Test
	void shouldSayWhenAPostSentNowReallyGoesUnderTheMinInterval() {
		Instant lastSent = clock.instant().minus(Duration.ofMinutes(2));
		jdbc.sql("INSERT INTO account_state (account, last_sent_at, updated_at) VALUES ('main', ?, ?)")
			.params(lastSent.atOffset(ZoneOffset.UTC), lastSent.atOffset(ZoneOffset.UTC))
			.update();
		long id = waiting(SUMMIT, false);
		open("/queue");
		card(id).findElement(By.cssSelector("button.now")).click();
		String goesAt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.format(lastSent.plus(Duration.ofMinutes(20)).atZone(RIYADH));
		assertThat(toastText()).contains("@main").contains(goesAt);
		assertThat(browser.findElement(By.cssSelector("#post-" + id + " .send-at")).getText()).contains(goesAt);
		assertThat(browser.findElement(By.cssSelector("#post-" + id + " .countdown")).getAttribute("class"))
			.doesNotContain("overdue");
	}

	@Test
	void shouldKeepTheEditorsTextWhenAnEditIsRefused() {
		long id = waiting(SUMMIT, false);
		open("/queue");
		String edit = "تفاصيل إضافية عن المؤتمر وبيان المشاركين. ".repeat(125);
		WebElement box = card(id).findElement(By.tagName("textarea"));
		script("arguments[0].value = arguments[1];", box, edit);
		card(id).findElement(By.cssSelector("button.save")).click();
		await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#post-" + id + " .flash.bad")));
		assertThat(card(id).findElement(By.tagName("textarea")).getAttribute("value")).hasSizeGreaterThan(5000)
			.isEqualTo(edit);
		assertThat(queue.find(id).orElseThrow().text()).isEqualTo(SUMMIT);
	}

	@Test
	void shouldApproveSeveralPostsAtOnceAndSayWhichCouldNotBe() {
		long summit = waiting(SUMMIT, true);
		long budget = waiting(BUDGET, true);
		long match = waiting(MATCH, true);
		open("/review");
		for (long id : List.of(summit, budget, match)) {
			card(id).findElement(By.cssSelector("input.pick")).click();
		}
		assertThat(browser.findElement(By.id("bulk")).isDisplayed()).isTrue();
		actions.cancel(match, "sami");
		browser.findElement(By.cssSelector("#bulk button.approve")).click();
		assertThat(toastText()).contains("الموافقة على 2").contains("تعذّر 1").contains("post " + match);
		assertThat(queue.find(summit).orElseThrow().status()).isEqualTo(PostStatus.QUEUED);
		assertThat(queue.find(budget).orElseThrow().status()).isEqualTo(PostStatus.QUEUED);
		assertThat(audit("approve")).containsExactlyInAnyOrder(summit, budget);
	}

	@Test
	void shouldApproveAllOnReview() {
		long summit = waiting(SUMMIT, true);
		long budget = waiting(BUDGET, true);
		open("/review");
		browser.findElement(By.cssSelector(".approve-all button")).click();
		assertThat(toastText()).contains("الموافقة على 2");
		assertThat(audit("approve")).containsExactlyInAnyOrder(summit, budget);
	}

	@Test
	void shouldCancelSeveralQueuedPostsOnceConfirmed() {
		long summit = waiting(SUMMIT, false);
		long budget = waiting(BUDGET, false);
		long match = waiting(MATCH, false);
		open("/queue");
		card(summit).findElement(By.cssSelector("input.pick")).click();
		card(budget).findElement(By.cssSelector("input.pick")).click();
		browser.findElement(By.cssSelector("#bulk button.cancel")).click();
		await().until(ExpectedConditions.alertIsPresent()).accept();
		assertThat(toastText()).contains("أُلغي: 2");
		assertThat(queue.find(summit).orElseThrow().status()).isEqualTo(PostStatus.CANCELED);
		assertThat(queue.find(budget).orElseThrow().status()).isEqualTo(PostStatus.CANCELED);
		assertThat(queue.find(match).orElseThrow().status()).isEqualTo(PostStatus.QUEUED);
		assertThat(audit("cancel")).containsExactlyInAnyOrder(summit, budget);
	}

	@Test
	void shouldUndoACancelFromItsToast() {
		long id = waiting(SUMMIT, false);
		open("/queue");
		card(id).findElement(By.cssSelector("button.cancel")).click();
		await().until(ExpectedConditions.textToBe(By.cssSelector("#post-" + id + " .status"), "أُلغي"));
		toast().findElement(By.cssSelector("button.undo")).click();
		await().until(ExpectedConditions.textToBe(By.cssSelector("#post-" + id + " .status"), "في الطابور"));
		assertThat(queue.find(id).orElseThrow().status()).isEqualTo(PostStatus.QUEUED);
		assertThat(audit("undo-cancel")).containsExactly(id);
	}

	@Test
	void shouldRestoreACanceledPostFromTheLog() {
		long id = waiting(BUDGET, true);
		actions.cancel(id, "sami");
		open("/log");
		browser.findElement(By.cssSelector("table.log button.restore")).click();
		assertThat(toastText()).contains("استُعيد المنشور " + id).contains("بانتظار المراجعة");
		assertThat(queue.find(id).orElseThrow().status()).isEqualTo(PostStatus.REVIEW);
		assertThat(audit("restore")).containsExactly(id);
	}

	@Test
	void shouldShowAPostQueuedByAnotherRequestWithoutAReload() {
		long first = waiting(SUMMIT, false);
		open("/queue");
		card(first);
		long second = waiting(MATCH, false);
		WebElement arrived = new WebDriverWait(browser, Duration.ofSeconds(25))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("post-" + second)));
		assertThat(arrived.getText()).contains("الهلال يتأهل");
	}

	@Test
	void shouldNotRefreshUnderAnEditorsSelection() throws InterruptedException {
		long first = waiting(SUMMIT, false);
		open("/queue");
		WebElement pick = card(first).findElement(By.cssSelector("input.pick"));
		pick.click();
		long second = waiting(MATCH, false);
		Thread.sleep(13_000);
		assertThat(browser.findElements(By.id("post-" + second))).isEmpty();
		assertThat(pick.isSelected()).isTrue();
		pick.click();
		new WebDriverWait(browser, Duration.ofSeconds(25))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("post-" + second)));
	}

	@Test
	void shouldSaveWithCtrlEnterAndApproveWithItInReview() {
		long id = waiting(SUMMIT, true);
		open("/review");
		WebElement box = card(id).findElement(By.tagName("textarea"));
		box.sendKeys(Keys.END, " #اليمن");
		box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
		assertThat(toastText()).contains("حُفظ نص المنشور " + id);
		assertThat(queue.find(id).orElseThrow().text()).isEqualTo(SUMMIT + " #اليمن");

		card(id).findElement(By.cssSelector("input.pick")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
		await().until(ExpectedConditions.textToBe(By.cssSelector("#post-" + id + " .status"), "في الطابور"));
		assertThat(queue.find(id).orElseThrow().status()).isEqualTo(PostStatus.QUEUED);
	}

	private void reschedule(long id, Instant at) {
		WebElement input = card(id).findElement(By.name("dueAt"));
		script("arguments[0].value = arguments[1];", input,
				DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(at.atZone(RIYADH)));
		WebElement before = card(id);
		before.findElement(By.cssSelector("button.reschedule")).click();
		// htmx answers with a new card in the old one's place.
		await().until(ExpectedConditions.stalenessOf(before));
	}

	private String refusal(long id) {
		return await()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#post-" + id + " .flash.bad")))
			.getText();
	}

	/** The newest toast. */
	private WebElement toast() {
		await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#toasts .toast")));
		List<WebElement> toasts = browser.findElements(By.cssSelector("#toasts .toast"));
		return toasts.get(toasts.size() - 1);
	}

	/** The newest toast's text, its digits Western whatever the page's digit style. */
	private String toastText() {
		StringBuilder text = new StringBuilder();
		toast().getText().codePoints().map(c -> c >= '\u0660' && c <= '\u0669' ? c - '\u0660' + '0' : c)
			.forEach(text::appendCodePoint);
		return text.toString();
	}

	private List<Long> audit(String action) {
		return jdbc.sql("SELECT post_id FROM audit_entry WHERE action = ? AND username = 'admin'")
			.param(action)
			.query(Long.class)
			.list();
	}

	private long waiting(String text, boolean review) {
		Instant now = clock.instant();
		return queue.enqueue(new NewPost("ofoq", "main", "k-" + text.hashCode() + "-" + System.nanoTime(), text,
				"https://ofoq.example.com/", text, null, review, false, now.plus(Duration.ofMinutes(12)), now, now),
				"test").orElseThrow().id();
	}

	private WebElement card(long id) {
		return await().until(ExpectedConditions.presenceOfElementLocated(By.id("post-" + id)));
	}

	private Object script(String code, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(code, args);
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private static WebDriverWait await() {
		return new WebDriverWait(browser, Duration.ofSeconds(10));
	}

}
