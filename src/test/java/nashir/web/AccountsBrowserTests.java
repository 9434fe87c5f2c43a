package nashir.web;

import java.io.IOException;
import java.time.Duration;

import nashir.account.AppAccounts;
import nashir.account.XApp;
import nashir.account.XConnection;
import nashir.account.XProfile;
import nashir.publish.Account;
import nashir.publish.AccountDirectory;
import nashir.publish.QuietHours;
import nashir.web.SignedInBrowser.Screen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin sets an account added in the app on a phone, in Arabic: the account posts by the new
 * settings at once, the change is in the audit log, and no page shows its secrets.
 */
@AppInBrowser
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:nashir-accounts;DB_CLOSE_DELAY=-1")
class AccountsBrowserTests {

	static final String ACCESS_SECRET = "AS-browser-kx93-secret";

	SignedInBrowser signedIn;

	ChromeDriver browser;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void anAccountAddedInTheApp(@LocalServerPort int port, @Autowired AppAccounts store) throws IOException {
		store.saveConnection(new XConnection("ofoq_ar", new XApp("CK-browser-kx93", "CS-browser-kx93"),
				"AT-browser-kx93", ACCESS_SECRET, new XProfile("1862", "ofoq_news", "أفق الإخبارية", null)), "admin");
		signedIn = SignedInBrowser.start(port);
		browser = signedIn.driver;
	}

	@AfterAll
	void stopBrowser() {
		if (signedIn != null) {
			signedIn.close();
		}
	}

	@Test
	void shouldSetAnAccountOnAPhoneInArabic() {
		signedIn.resize(Screen.PHONE);
		signedIn.visit("/accounts", "ar");
		WebElement card = browser.findElement(By.id("account-ofoq_ar"));
		assertThat(card.getText()).contains("@ofoq_news").contains("أفق الإخبارية").contains("أُضيف في التطبيق");
		assertThat(browser.findElement(By.id("account-main")).getText()).contains("من ملف الإعدادات");
		assertThat(browser.findElements(By.cssSelector("#account-main form"))).as("read-only").isEmpty();

		type(card, "minInterval", "15m");
		type(card, "dailyCap", "30");
		type(card, "quietHours", "22:00-05:00 Asia/Riyadh");
		type(card, "budgetMonthly", "45.5");
		card.findElement(By.name("dryRun")).click();
		card.findElement(By.cssSelector("button.save-account")).click();
		signedIn.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));

		Account account = accounts.get("ofoq_ar");
		assertThat(account.minInterval()).isEqualTo(Duration.ofMinutes(15));
		assertThat(account.dailyCap()).isEqualTo(30);
		assertThat(account.quietHours()).isEqualTo(QuietHours.parse("22:00-05:00 Asia/Riyadh"));
		assertThat(account.budget().monthly()).isEqualByComparingTo("45.5");
		assertThat(account.dryRun()).isTrue();
		assertThat(browser.findElement(By.cssSelector("#account-ofoq_ar [name=minInterval]")).getAttribute("value"))
			.isEqualTo("15m");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'account-settings' AND target = 'ofoq_ar'")
			.query(Long.class)
			.single()).isEqualTo(1);

		type(browser.findElement(By.id("account-ofoq_ar")), "quietHours", "ليلًا");
		browser.findElement(By.cssSelector("#account-ofoq_ar button.save-account")).click();
		signedIn.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.bad")));
		assertThat(browser.findElement(By.cssSelector(".flash.bad")).getText()).contains("ساعات الهدوء");
		assertThat(accounts.get("ofoq_ar").quietHours()).as("unchanged").isEqualTo(account.quietHours());

		for (String page : new String[] { "/accounts", "/api/accounts", "/audit" }) {
			signedIn.visit(page, "ar");
			assertThat(browser.getPageSource()).as(page).doesNotContain(ACCESS_SECRET).doesNotContain("AT-browser-kx93")
				.doesNotContain("CS-browser-kx93");
		}
	}

	private static void type(WebElement form, String name, String value) {
		WebElement field = form.findElement(By.name(name));
		field.clear();
		field.sendKeys(value);
	}

}
