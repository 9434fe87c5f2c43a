package nashir.web;

import java.io.IOException;

import com.github.tomakehurst.wiremock.WireMockServer;
import nashir.account.FakeXSignIn;
import nashir.account.InMemoryAccountStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static nashir.account.FakeXSignIn.ACCESS_TOKEN;
import static nashir.account.FakeXSignIn.SECRETS;
import static nashir.account.FakeXSignIn.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PIN flow in a real browser, as an admin without a public URL goes through it: the Arabic
 * page, X's page (WireMock's stand-in, which shows the PIN), the PIN typed in, the account shown.
 */
@AppInBrowser
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:nashir-x-connect;DB_CLOSE_DELAY=-1")
@Import(XConnectFlowTests.Store.class)
class XConnectBrowserTests {

	static final WireMockServer X = new WireMockServer(options().dynamicPort());

	static {
		X.start();
	}

	@DynamicPropertySource
	static void x(DynamicPropertyRegistry properties) {
		properties.add("nashir.x.oauth-base-url", X::baseUrl);
		properties.add("nashir.x.api-base-url", X::baseUrl);
	}

	@LocalServerPort
	int port;

	@Autowired
	InMemoryAccountStore store;

	SignedInBrowser browser;

	@BeforeAll
	void start() throws IOException {
		FakeXSignIn.answerAsX(X);
		browser = SignedInBrowser.start(port);
	}

	@AfterAll
	void stop() {
		if (browser != null) {
			browser.close();
		}
		X.stop();
	}

	@Test
	void shouldConnectAnAccountWithThePinXShows() {
		browser.visit("/accounts/x", "ar");
		browser.driver.findElement(By.name("account")).sendKeys("ofoq");
		browser.driver.findElement(By.cssSelector("button.x-connect-start")).click();
		browser.await().until(ExpectedConditions.urlContains("/accounts/x/pin"));

		assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		assertThat(browser.driver.findElement(By.cssSelector(".x-pin h2")).getText()).isEqualTo("اكتب رمز X للحساب ofoq");
		String authorize = browser.driver.findElement(By.cssSelector("a.x-authorize")).getAttribute("href");
		assertThat(authorize).isEqualTo(X.baseUrl() + "/oauth/authorize?oauth_token=" + FakeXSignIn.REQUEST_TOKEN);
		String pinPage = browser.driver.getPageSource();

		browser.driver.get(authorize);
		String pin = browser.driver.findElement(By.id("pin")).getText();
		browser.open("/accounts/x/pin");
		browser.driver.findElement(By.name("pin")).sendKeys(pin);
		browser.driver.findElement(By.cssSelector("button.x-pin-finish")).click();
		browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".x-connected")));

		String connected = browser.driver.findElement(By.cssSelector(".x-connected")).getText();
		assertThat(connected).contains("رُبط الحساب ofoq", "أفق نيوز", "@ofoq_news");
		X.verify(postRequestedFor(urlEqualTo("/oauth/request_token")).withRequestBody(containing("oauth_callback=oob")));
		X.verify(postRequestedFor(urlEqualTo("/oauth/access_token")).withRequestBody(containing("oauth_verifier=" + VERIFIER)));
		assertThat(store.saved()).singleElement().satisfies((saved) -> assertThat(saved.accessToken()).isEqualTo(ACCESS_TOKEN));
		for (String secret : SECRETS) {
			if (!secret.equals(VERIFIER)) {
				assertThat(pinPage + browser.driver.getPageSource()).doesNotContain(secret);
			}
		}
	}

}
