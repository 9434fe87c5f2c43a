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

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static nashir.account.FakeXSignIn.ACCESS_TOKEN;
import static nashir.account.FakeXSignIn.REQUEST_TOKEN;
import static nashir.account.FakeXSignIn.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The callback flow in a real browser: the form's redirect to X's page on another origin (which
 * the page's Content-Security-Policy must allow), and X's link back to the callback.
 */
@AppInBrowser
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:nashir-x-callback;DB_CLOSE_DELAY=-1",
		"nashir.public-base-url=https://nashir.example.com" })
@Import(XConnectFlowTests.Store.class)
class XConnectCallbackBrowserTests {

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
		// X's page: "Authorize app" leads back to the callback (the port is this test's, not the public URL's).
		X.stubFor(get(urlPathEqualTo("/oauth/authorize")).willReturn(okForContentType("text/html; charset=utf-8",
				"<html><body><a id=\"allow\" href=\"http://localhost:" + port + "/accounts/x/callback?oauth_token="
						+ REQUEST_TOKEN + "&oauth_verifier=" + VERIFIER + "\">Authorize app</a></body></html>")));
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
	void shouldGoToXsPageAndComeBackConnected() {
		browser.visit("/accounts/x", "ar");
		browser.driver.findElement(By.name("account")).sendKeys("ofoq");
		browser.driver.findElement(By.cssSelector("button.x-connect-start")).click();
		browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("allow")));

		assertThat(browser.driver.getCurrentUrl()).startsWith(X.baseUrl() + "/oauth/authorize?oauth_token=" + REQUEST_TOKEN);
		browser.driver.findElement(By.id("allow")).click();
		browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".x-connected")));

		assertThat(browser.driver.getCurrentUrl()).endsWith("/accounts/x");
		assertThat(browser.driver.findElement(By.cssSelector(".x-connected")).getText()).contains("@ofoq_news");
		assertThat(store.saved()).singleElement().satisfies((saved) -> assertThat(saved.accessToken()).isEqualTo(ACCESS_TOKEN));
	}

}
