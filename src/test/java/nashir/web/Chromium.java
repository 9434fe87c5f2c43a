package nashir.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium and chromedriver, named explicitly so Selenium Manager never looks
 * for (or downloads) a browser. In CI ({@code CI=true}) a missing browser fails the tests; on a
 * developer's machine they are skipped with the reason.
 */
final class Chromium {

	static final Path BROWSER = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Chromium() {
	}

	static void require() {
		String missing = !Files.isExecutable(BROWSER) ? BROWSER.toString()
				: !Files.isExecutable(DRIVER) ? DRIVER.toString() : null;
		if (missing == null) {
			return;
		}
		String reason = missing + " is missing: apt-get install -y chromium chromium-driver fonts-noto-core";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail("CI=true and " + reason);
		}
		Assumptions.abort("browser tests skipped: " + reason);
	}

	static ChromeDriver start(Path profile) throws IOException {
		Files.createDirectories(profile);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900", "--lang=ar",
				"--force-device-scale-factor=1");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.withLogFile(new File("target/chromedriver.log"))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().window().setSize(new Dimension(1280, 900));
		return driver;
	}

	/** A browser for one test class, in a profile of its own; skipped or failed as {@link #require} says. */
	static ChromeDriver startFor(String name) throws IOException {
		require();
		return start(Files.createTempDirectory("nashir-chromium-" + name));
	}

	/** Opens the page, logging in as {@code admin} first when the login page answers instead. */
	static void openAsAdmin(WebDriver browser, String url, String password) {
		browser.get(url);
		if (browser.getCurrentUrl().endsWith("/login")) {
			browser.findElement(By.name("username")).sendKeys("admin");
			browser.findElement(By.name("password")).sendKeys(password);
			browser.findElement(By.cssSelector("form button[type=submit]")).click();
			new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		}
	}

}
