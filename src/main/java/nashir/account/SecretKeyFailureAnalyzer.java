package nashir.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused secret key into Boot's short start-up report instead of a stack trace. */
class SecretKeyFailureAnalyzer extends AbstractFailureAnalyzer<SecretKeyRefused> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SecretKeyRefused cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set NASHIR_SECRET_KEY to the key the secrets were saved with, or restore the key file from a "
						+ "backup (docs/DEPLOY.md, \"The secret key\").",
				cause);
	}

}
