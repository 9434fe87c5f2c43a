package nashir.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import nashir.queue.PostStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's charts in a real browser, when every post of the week came in one burst. */
@AppInBrowser
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:nashir-dashboard;DB_CLOSE_DELAY=-1")
class DashboardBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	SignedInBrowser browser;

	@BeforeAll
	void twelveStoriesInOneMinute() throws IOException {
		Newsroom newsroom = new Newsroom(jdbc);
		newsroom.clear();
		Instant burst = clock.instant().minus(Duration.ofHours(2));
		for (int i = 0; i < 12; i++) {
			Instant detected = burst.plusSeconds(i * 5);
			newsroom.post(i % 3 == 0 ? "ofoq_sport" : "main", "ofoq", "عاجل: انطلاق مؤتمر الحوار الوطني في صنعاء " + i,
					PostStatus.PUBLISHED, detected, detected, detected.plusSeconds(2 + i % 4));
		}
		browser = SignedInBrowser.start(port);
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@ParameterizedTest(name = "in {0}")
	@CsvSource({ "ar, الثواني من رصد الخبر إلى نشره، لكل منشور, المحاولات الفاشلة (المعادة والنهائية)",
			"en, 'Seconds from detection to publication, per post', Failed attempts (retried or final)" })
	void shouldSpanTheWeekAndSayWhatEachChartShows(String language, String latency, String failures) {
		browser.resize(SignedInBrowser.Screen.LAPTOP);
		browser.visit("/dashboard", language);
		browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-latency[data-to]")));
		long end = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)).getEpochSecond();
		long start = end - DashboardStats.WINDOW.toSeconds();
		for (String chart : new String[] { "chart-posts", "chart-failures", "chart-latency" }) {
			WebElement element = browser.driver.findElement(By.id(chart));
			assertThat(Double.parseDouble(element.getAttribute("data-from"))).as(chart).isEqualTo(start);
			assertThat(Double.parseDouble(element.getAttribute("data-to"))).as(chart).isEqualTo(end);
		}
		assertThat(browser.driver.findElement(By.cssSelector("#chart-latency .u-legend")).getText()).contains(latency);
		assertThat(browser.driver.findElement(By.cssSelector("#chart-failures .u-legend")).getText()).contains(failures);
		assertThat(browser.driver.findElement(By.cssSelector("#chart-posts .u-legend")).getText()).contains("@main")
			.contains("@ofoq_sport");
	}

}
