package nashir.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import nashir.schedule.PollTrigger;
import nashir.schedule.ScheduleCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor adds a feed in Arabic in a real browser: the next posts from an Arabic feed before
 * saving, then save, edit and delete; the file's schedules beside it stay read-only.
 */
@AppInBrowser
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:nashir-feeds-from-app;DB_CLOSE_DELAY=-1")
class FeedsFromAppBrowserTests {

	static final String TEMPLATE = "عاجل من أفق: {title}\n{link}";

	@LocalServerPort
	int port;

	@Autowired
	ScheduleCatalog catalog;

	WireMockServer site;

	SignedInBrowser browser;

	@BeforeAll
	void arabicSiteAndBrowser() throws IOException {
		site = new WireMockServer(wireMockConfig().dynamicPort());
		site.start();
		site.stubFor(get(urlPathMatching("/feed/?")).willReturn(aResponse()
			.withHeader("Content-Type", "application/rss+xml; charset=UTF-8")
			.withBody(Files.readString(Path.of("src/test/resources/feeds/arabic-wordpress.xml")))));
		browser = SignedInBrowser.start(port);
	}

	@AfterAll
	void stop() {
		if (browser != null) {
			browser.close();
		}
		site.stop();
	}

	@Test
	void shouldAddPreviewEditAndDeleteAFeedInArabic() {
		browser.resize(SignedInBrowser.Screen.LAPTOP);
		browser.visit("/feeds", "ar");
		assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
		assertThat(browser.driver.findElements(By.cssSelector("a[href='/feeds/ofoq/edit']")))
			.as("a file's schedule is read-only").isEmpty();
		browser.driver.findElement(By.cssSelector("a.add-feed")).click();

		browser.await().until(ExpectedConditions.urlContains("/feeds/new"));
		type("id", "akhbar");
		type("feed", "http://localhost:" + site.port() + "/feed/");
		type("every", "2m");
		type("template", TEMPLATE);
		type("site", "أفق نيوز");
		browser.driver.findElement(By.cssSelector("input[name=accounts][value=ofoq_sport]")).click();
		String page = browser.driver.findElement(By.tagName("main")).getText();
		assertThat(page).contains("خلاصة جديدة").contains("القالب");
		assertThat(ArabicTextBrowserTests.ENGLISH.matcher(page).find()).as("no English on the Arabic form: " + page)
			.isFalse();

		browser.driver.findElement(By.cssSelector("button.preview")).click();
		WebElement preview = browser.await()
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("feed-preview")));
		assertThat(preview.getText()).contains("المنشورات التالية كما سترسل").contains("عاجل من أفق: ");
		assertThat(preview.findElements(By.cssSelector("li"))).hasSize(3);
		assertThat(catalog.find("akhbar")).as("a preview stores nothing").isEmpty();

		browser.driver.findElement(By.cssSelector("button.save")).click();
		browser.await().until(ExpectedConditions.urlMatches(".*/feeds$"));
		WebElement card = card("akhbar");
		assertThat(card.getText()).contains("أُنشئت في التطبيق").contains("ofoq_sport");
		assertThat(catalog.find("akhbar").orElseThrow().site()).isEqualTo("أفق نيوز");

		card.findElement(By.cssSelector("a.edit")).click();
		browser.await().until(ExpectedConditions.urlContains("/feeds/akhbar/edit"));
		assertThat(browser.driver.findElement(By.name("template")).getAttribute("value")).isEqualTo(TEMPLATE);
		type("every", "10m");
		browser.driver.findElement(By.cssSelector("button.save")).click();
		browser.await().until(ExpectedConditions.urlMatches(".*/feeds$"));
		assertThat(catalog.find("akhbar").orElseThrow().trigger()).isEqualTo(new PollTrigger.Every(Duration.ofMinutes(10)));

		card("akhbar").findElement(By.cssSelector("button.delete")).click();
		browser.await().until(ExpectedConditions.alertIsPresent()).accept();
		browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//article[.//h2[text()='akhbar']]")));
		assertThat(catalog.find("akhbar")).isEmpty();
		assertThat(catalog.find("ofoq")).as("the file's schedule stays").isPresent();
	}

	@Test
	void shouldSayWhatIsWrongWithTheFeedInArabic() {
		browser.visit("/feeds/new", "ar");
		type("id", "fast");
		type("feed", "http://localhost:" + site.port() + "/feed/");
		type("every", "5s");
		browser.driver.findElement(By.cssSelector("button.save")).click();

		String problem = browser.await()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.bad")))
			.getText();
		assertThat(problem).contains("fast.yml، السطر 2").contains("الفاصل «every» يجب ألا يقل عن 10s، وهو 5s");
		assertThat(catalog.find("fast")).isEmpty();
	}

	private WebElement card(String id) {
		return browser.await()
			.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//article[.//h2[text()='" + id + "']]")));
	}

	private void type(String name, String text) {
		WebElement field = browser.driver.findElement(By.name(name));
		field.clear();
		field.sendKeys(text);
	}

}
