package nashir.web;

import java.io.IOException;

import nashir.account.FakeConnectCheck;
import nashir.publish.AccountDirectory;
import nashir.publish.Network;
import nashir.publish.NetworkProfile;
import nashir.text.Reason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin connects a Telegram channel through the form, on the Arabic right-to-left page: Telegram
 * (a stand-in for its {@code getChat} check) first refuses the bot, the form says why and keeps the
 * channel but not the token; then it accepts, and the account is listed with its handle linked to
 * its channel.
 */
@AppInBrowser
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:nashir-channel-connect;DB_CLOSE_DELAY=-1")
@Import(ChannelConnectBrowserTests.Telegram.class)
class ChannelConnectBrowserTests {

	static final String BOT_TOKEN = "7311902:AAF-browser-qp57-token";

	/** Ordered first, so it is asked rather than Telegram's own check. */
	static class Telegram {

		@Bean
		FakeConnectCheck telegramStandIn() {
			return new FakeConnectCheck(Network.TELEGRAM, new NetworkProfile("-1001862", "@ofoq_news",
					"قمة “بوتين وبايدن”.. اتفاق على عودة السفراء", null, "https://t.me/ofoq_news"));
		}

	}

	@Autowired
	FakeConnectCheck telegram;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcClient jdbc;

	SignedInBrowser signedIn;

	ChromeDriver browser;

	@BeforeAll
	void start(@LocalServerPort int port) throws IOException {
		signedIn = SignedInBrowser.start(port);
		browser = signedIn.driver;
	}

	@AfterAll
	void stop() {
		if (signedIn != null) {
			signedIn.close();
		}
	}

	@Test
	void shouldConnectATelegramChannelThroughTheArabicForm() {
		telegram.refuse(Reason.of("telegram.connect.notAdmin",
				"Add the bot @ofoq_bot as an admin of @ofoq_news allowed to post messages", "@ofoq_bot", "@ofoq_news"));
		signedIn.visit("/accounts", "ar");
		browser.findElement(By.cssSelector("a.connect-telegram")).click();
		signedIn.await().until(ExpectedConditions.urlContains("/accounts/connect/telegram"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ربط قناة على تيليغرام");
		fill("ofoq_tg", "@ofoq_news");

		signedIn.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.bad")));
		assertThat(browser.findElement(By.cssSelector(".flash.bad")).getText())
			.isEqualTo("أضف البوت @ofoq_bot مشرفًا على @ofoq_news له صلاحية نشر الرسائل");
		assertThat(browser.findElement(By.name("chat")).getAttribute("value")).isEqualTo("@ofoq_news");
		assertThat(browser.findElement(By.name("name")).getAttribute("value")).isEqualTo("ofoq_tg");
		assertThat(browser.findElement(By.name("botToken")).getAttribute("value")).isEmpty();
		assertThat(browser.getPageSource()).doesNotContain(BOT_TOKEN);
		assertThat(accounts.names()).doesNotContain("ofoq_tg");

		telegram.answer(new NetworkProfile("-1001862", "@ofoq_news", "قمة “بوتين وبايدن”.. اتفاق على عودة السفراء",
				null, "https://t.me/ofoq_news"));
		browser.findElement(By.name("botToken")).sendKeys(BOT_TOKEN);
		browser.findElement(By.cssSelector("button.channel-connect-submit")).click();
		signedIn.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".channel-connected")));

		assertThat(browser.getCurrentUrl()).endsWith("/accounts");
		assertThat(browser.findElement(By.cssSelector(".channel-connected")).getText())
			.isEqualTo("رُبط حساب تيليغرام ofoq_tg: @ofoq_news");
		WebElement card = browser.findElement(By.id("account-ofoq_tg"));
		assertThat(card.findElement(By.cssSelector(".badge.network")).getText()).isEqualTo("تيليغرام");
		WebElement handle = card.findElement(By.cssSelector("a.handle"));
		assertThat(handle.getText()).isEqualTo("@ofoq_news");
		assertThat(handle.getAttribute("href")).isEqualTo("https://t.me/ofoq_news");
		assertThat(card.getText()).contains("قمة “بوتين وبايدن”.. اتفاق على عودة السفراء");
		assertThat(browser.getPageSource()).doesNotContain(BOT_TOKEN);

		assertThat(accounts.get("ofoq_tg").botToken()).isEqualTo(BOT_TOKEN);
		assertThat(accounts.get("ofoq_tg").type()).isEqualTo(Network.TELEGRAM);
		assertThat(jdbc.sql("SELECT * FROM app_account").query().listOfRows().toString()).doesNotContain(BOT_TOKEN);
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE target = 'ofoq_tg' ORDER BY id")
			.query(String.class)
			.list()).containsExactly("account-connect-refused", "account-create");
		for (String page : new String[] { "/audit", "/api/accounts" }) {
			signedIn.visit(page, "ar");
			assertThat(browser.getPageSource()).as(page).doesNotContain(BOT_TOKEN);
		}
	}

	private void fill(String name, String chat) {
		browser.findElement(By.name("name")).sendKeys(name);
		browser.findElement(By.name("botToken")).sendKeys(BOT_TOKEN);
		browser.findElement(By.name("chat")).sendKeys(chat);
		browser.findElement(By.cssSelector("button.channel-connect-submit")).click();
	}

}
