package nashir.queue;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dispatcher's pace ({@code nashir.dispatcher.*}).
 *
 * @param interval the pause between two looks at the queue
 * @param lease how long a claim holds; a post still PUBLISHING after it belonged to a dead node
 * @param threads how many accounts may be publishing at the same time
 */
@ConfigurationProperties("nashir.dispatcher")
public record DispatcherSettings(@DefaultValue("500ms") Duration interval, @DefaultValue("2m") Duration lease,
		@DefaultValue("8") int threads) {
}
