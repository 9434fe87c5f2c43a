package nashir.web;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * One headless chromium for a test class ({@code @RegisterExtension static}): started before its
 * first test, quit after its last; skipped or failed as {@link Chromium#require()} says.
 */
final class ChromiumSession implements BeforeAllCallback, AfterAllCallback {

	private WebDriver browser;

	WebDriver browser() {
		return this.browser;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		Chromium.require();
		this.browser = Chromium.start(Files.createTempDirectory("nashir-chromium"));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

}
