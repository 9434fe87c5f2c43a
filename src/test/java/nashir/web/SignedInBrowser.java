package nashir.web;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Chromium on one running application, signed in as {@code admin} when a page needs it, with the
 * page's language chosen by the app's own cookie and the viewport set to an exact size.
 */
final class SignedInBrowser implements AutoCloseable {

	static final String PASSWORD = "browser-admin-password";

	record Screen(String name, int width, int height) {

		static final Screen PHONE = new Screen("phone", 390, 844);

		static final Screen LAPTOP = new Screen("laptop", 1366, 768);

		@Override
		public String toString() {
			return name + " (" + width + "×" + height + ")";
		}

	}

	final ChromeDriver driver;

	private final int port;

	private SignedInBrowser(ChromeDriver driver, int port) {
		this.driver = driver;
		this.port = port;
	}

	/** On an application started with {@link AppInBrowser}. */
	static SignedInBrowser start(int port) throws IOException {
		Chromium.require();
		return new SignedInBrowser(Chromium.start(Files.createTempDirectory("nashir-chromium")), port);
	}

	/** The viewport exactly this size (not the window: its frame would take some of it). */
	void resize(Screen screen) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", screen.width(), "height", screen.height(), "deviceScaleFactor", 1, "mobile", false));
	}

	/** Opens {@code page} in {@code language}, signed out for the login page and signed in for the others. */
	void visit(String page, String language) {
		if (page.equals("/login")) {
			driver.manage().deleteAllCookies();
		}
		open("/login");
		driver.manage().addCookie(new Cookie("nashir-lang", language));
		open(page);
		if (!page.equals("/login") && driver.getCurrentUrl().endsWith("/login")) {
			driver.findElement(By.name("username")).sendKeys("admin");
			driver.findElement(By.name("password")).sendKeys(PASSWORD);
			driver.findElement(By.cssSelector("form button[type=submit]")).click();
			await().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
			open(page);
		}
	}

	void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	WebDriverWait await() {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	@Override
	public void close() {
		driver.quit();
	}

}
