package nashir;

import java.util.Arrays;

import nashir.cli.PreviewCommand;
import nashir.cli.ResetPasswordCommand;
import nashir.cli.RotateSecretKeyCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the service, or with {@code preview …} the preview command, which needs no database, or with
 * {@code reset-password <user>} the command that sets a lost password on the database alone, or with
 * {@code rotate-secret-key} the one that seals the app's account secrets under a new key.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class NashirApplication {

	public static void main(String[] args) {
		if (args.length > 0 && PreviewCommand.NAME.equals(args[0])) {
			// Before any logger exists: the preview's stdout must hold nothing but the preview.
			System.setProperty("logback.configurationFile", "preview-logback.xml");
			// The same for the small Spring context that reads the configured accounts' networks.
			System.setProperty("logging.config", "classpath:preview-logback.xml");
			System.setProperty("logging.level.org.springframework.boot.SpringApplication", "off");
			System.exit(new PreviewCommand(System.out, System.err).run(Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length > 0 && ResetPasswordCommand.NAME.equals(args[0])) {
			// Errors only, on stderr: stdout holds the new password and nothing else, and a failure is
			// the command's one line, not a stack trace.
			System.setProperty("logging.config", "classpath:preview-logback.xml");
			System.setProperty("logging.level.org.springframework.boot.SpringApplication", "off");
			// The migrations repaired as at the service's start: a lost password is often looked for
			// right after an upgrade.
			System.exit(new ResetPasswordCommand(System.out, System.err, System.getenv(), MigrationRepair.class)
				.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length > 0 && RotateSecretKeyCommand.NAME.equals(args[0])) {
			// As reset-password: errors only, on stderr, and the command's one line for a failure.
			System.setProperty("logging.config", "classpath:preview-logback.xml");
			System.setProperty("logging.level.org.springframework.boot.SpringApplication", "off");
			System.exit(new RotateSecretKeyCommand(System.out, System.err, System.getenv(), MigrationRepair.class)
				.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		PrebuiltContext.useIfBuilt();
		SpringApplication service = new SpringApplication(NashirApplication.class);
		service.addListeners(PrebuiltContext.fallback());
		service.run(args);
	}

}
