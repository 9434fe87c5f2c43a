package nashir.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import nashir.feed.FeedRefresher;
import nashir.queue.NewPost;
import nashir.queue.PostQueue;
import nashir.queue.PostStatus;
import nashir.schedule.ScheduleCatalog;
import nashir.text.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Arabic, every refusal and every value the pages show is Arabic: rejected schedule files, queue
 * edits, the users page, the audit log, and counts by Arabic's plural forms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:nashir-arabic;DB_CLOSE_DELAY=-1",
				"spring.quartz.auto-startup=false", "nashir.dispatcher.enabled=false", "nashir.accounts.main.dry-run=true",
				"nashir.admin-password=" + ArabicTextBrowserTests.PASSWORD, "nashir.web.time-zone=Asia/Aden",
				"nashir.web.digits=arabic-indic" })
class ArabicTextBrowserTests {

	static final String PASSWORD = "arabic-admin-password";

	static final String HEADLINE = "عاجل: انطلاق مؤتمر الحوار الوطني في صنعاء بمشاركة واسعة";

	/** Words of the English reasons these pages used to show. */
	static final Pattern ENGLISH = Pattern.compile(
			"\\b(the|is|must|line|due|role|empty|choose|first|cannot|file|name|least|letters|enabled)\\b",
			Pattern.CASE_INSENSITIVE);

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	WebDriver browser;

	@LocalServerPort
	int port;

	private final JdbcClient jdbc;

	private final PostQueue queue;

	private final Clock clock;

	private final EditorActions actions;

	private final UserAccounts users;

	private final ScheduleCatalog catalog;

	private final FeedRefresher refresher;

	@Autowired
	ArabicTextBrowserTests(JdbcClient jdbc, PostQueue queue, Clock clock, EditorActions actions, UserAccounts users,
			ScheduleCatalog catalog, FeedRefresher refresher) {
		this.jdbc = jdbc;
		this.queue = queue;
		this.clock = clock;
		this.actions = actions;
		this.users = users;
		this.catalog = catalog;
		this.refresher = refresher;
	}

	@DynamicPropertySource
	static void schedules(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("nashir-arabic-schedules");
		Files.writeString(dir.resolve("عاجل.yml"), "feed: https://ofoq.example.com/feed/\nevery: 60s\n");
		Files.writeString(dir.resolve("fast.yml"), "feed: https://ofoq.example.com/feed/\nevery: 5s\n");
		Files.writeString(dir.resolve("ofoq.yml"), "feed: " + dir.resolve("missing.xml").toUri() + "\nevery: 60s\n");
		registry.add("nashir.schedules-dir", dir::toString);
		registry.add("nashir.feed.file-root", dir::toString);
	}

	@BeforeEach
	void loggedInInArabic() {
		browser = chromium.browser();
		new Newsroom(jdbc).clear();
		open("/queue?lang=ar");
		if (browser.getCurrentUrl().contains("/login")) {
			browser.findElement(By.name("username")).sendKeys("admin");
			browser.findElement(By.name("password")).sendKeys(PASSWORD);
			browser.findElement(By.cssSelector("form button[type=submit]")).click();
			await().until(ExpectedConditions.urlContains("/queue"));
			open("/queue?lang=ar");
		}
	}

	@Test
	void shouldSayWhyASchedulesFileIsRejectedInArabic() {
		open("/feeds");
		String problems = browser.findElement(By.cssSelector(".problems")).getText();
		assertThat(problems).contains("عاجل.yml: اسم الملف يجب أن يكون من حروف لاتينية")
			.contains("fast.yml، السطر ٢: الفاصل «every» يجب ألا يقل عن 10s، وهو 5s");
		assertThat(ENGLISH.matcher(problems).find()).as(problems).isFalse();
		assertThat(browser.findElements(By.cssSelector(".problems code"))).isEmpty();
	}

	@Test
	void shouldSayWhyAFeedFailsInArabic() {
		refresher.refresh(catalog.find("ofoq").orElseThrow().feedSource(), (source, items) -> {
		});
		open("/feeds");
		String errors = browser.findElements(By.cssSelector("article.feed .post-error"))
			.stream()
			.map(WebElement::getText)
			.collect(java.util.stream.Collectors.joining("\n"));
		assertThat(errors).contains("الملف غير موجود").contains("متعثرة (مرة واحدة)");
		assertThat(ENGLISH.matcher(errors).find()).as(errors).isFalse();
	}

	@Test
	void shouldSayWhyXRefusedAPostInArabic() {
		Instant at = clock.instant().minus(Duration.ofMinutes(5));
		long id = new Newsroom(jdbc).post("main", "ofoq", HEADLINE, PostStatus.FAILED, at, at, null);
		jdbc.sql("UPDATE post SET error = ? WHERE id = ?")
			.params(Reason.of("publish.error.refused", "X refused the post (403)", "403").stored(), id)
			.update();
		open("/log");
		String error = browser.findElement(By.cssSelector("table.log td.error")).getText();
		assertThat(error).isEqualTo("رفض X المنشور (403)");
	}

	@Test
	void shouldRefuseQueueEditsInArabic() {
		long id = waiting(HEADLINE + "\nhttps://ofoq.example.com/?p=104233");
		open("/queue");
		script("document.querySelector('#post-" + id + " input[name=dueAt]').value = ''");
		card(id).findElement(By.cssSelector("button.reschedule")).click();
		assertThat(refusal(id)).isEqualTo("اختر الموعد الجديد أولًا.");

		script("document.querySelector('#post-" + id + " textarea').value = '   '");
		card(id).findElement(By.cssSelector("button.save")).click();
		await().until(ExpectedConditions.textToBe(By.cssSelector("#post-" + id + " .flash.bad"), "النص فارغ."));
	}

	@Test
	void shouldRefuseOnTheUsersPageInArabic() {
		open("/users");
		WebElement row = browser.findElement(By.cssSelector("form[action$='/users/admin']"));
		new Select(row.findElement(By.name("role"))).selectByValue("VIEWER");
		row.findElement(By.cssSelector("button[type=submit]")).click();
		String error = await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.bad")))
			.getText();
		assertThat(error).isEqualTo("لا يمكن خفض دور آخر مدير مفعّل أو تعطيله.");
	}

	@Test
	void shouldShowAuditValuesInArabicWithTheNewsroomsTimeAndDigits() {
		long id = waiting(HEADLINE);
		actions.reschedule(id, Instant.parse("2026-12-01T09:30:00Z"), "admin");
		users.create("nour", "a-long-enough-password", Role.VIEWER, "admin");
		open("/audit");
		String audit = browser.findElement(By.tagName("table")).getText();
		assertThat(audit).contains("الموعد ٢٠٢٦-١٢-٠١ ١٢:٣٠").contains("الدور: قارئ");
		assertThat(ENGLISH.matcher(audit).find()).as(audit).isFalse();
	}

	@Test
	void shouldCountByArabicPluralForms() {
		Newsroom newsroom = new Newsroom(jdbc);
		Instant at = clock.instant().minus(Duration.ofHours(1));
		int made = 0;
		for (int count : new int[] { 0, 1, 2, 3, 11, 100 }) {
			for (; made < count; made++) {
				newsroom.post("main", "ofoq", HEADLINE + " " + made, PostStatus.PUBLISHED, at, at, at);
			}
			open("/log");
			assertThat(browser.findElement(By.cssSelector("p.hint")).getText()).startsWith(switch (count) {
				case 0 -> "لا منشورات (";
				case 1 -> "يظهر منشور واحد (";
				case 2 -> "يظهر منشوران (";
				case 3 -> "تظهر ٣ منشورات (";
				case 11 -> "يظهر ١١ منشورًا (";
				default -> "يظهر ١٠٠ منشور (";
			});
		}
	}

	private long waiting(String text) {
		Instant now = clock.instant();
		return queue.enqueue(new NewPost("ofoq", "main", "k-" + text.hashCode(), text, "https://ofoq.example.com/", text,
				null, false, false, now.plus(Duration.ofMinutes(12)), now, now), "test").orElseThrow().id();
	}

	private String refusal(long id) {
		return await()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#post-" + id + " .flash.bad")))
			.getText();
	}

	private WebElement card(long id) {
		return browser.findElement(By.id("post-" + id));
	}

	private void script(String js) {
		((JavascriptExecutor) browser).executeScript(js);
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private WebDriverWait await() {
		return new WebDriverWait(browser, Duration.ofSeconds(10));
	}

}
