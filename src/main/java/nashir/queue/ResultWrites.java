package nashir.queue;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Writes what X answered, again if the database refuses it for a moment. X has answered, so it is
 * the write that is retried, never the send: a result left unwritten would let the claim run out and
 * the post go to X a second time. The retries wait in the account's lane, which sends nothing meanwhile.
 */
@Component
class ResultWrites {

	private static final Logger log = LoggerFactory.getLogger(ResultWrites.class);

	private final RetryTemplate template;

	/**
	 * Retries for a third of the claim's lease (40 s by default, about 7 s in a cluster): long enough
	 * for a lock, a fail-over or a brief outage to pass, and over while the claim still holds, even
	 * when X took as long as its request timeout (at most half the lease) to answer.
	 */
	ResultWrites(DispatcherSettings settings) {
		this.template = new RetryTemplate(RetryPolicy.builder()
			.includes(DataAccessException.class)
			.maxRetries(Long.MAX_VALUE)
			.timeout(settings.lease().dividedBy(3))
			.delay(Duration.ofMillis(100))
			.multiplier(2)
			.maxDelay(Duration.ofSeconds(5))
			.build());
	}

	/**
	 * Runs the write, and again after a {@link DataAccessException}, each failure logged as an error.
	 *
	 * @throws DataAccessException the last failure, once the retries are used up
	 */
	<T> T write(String what, long postId, String account, Supplier<T> write) {
		return this.template.invoke(() -> {
			try {
				return write.get();
			}
			catch (DataAccessException ex) {
				log.error("event=result_write_failed what={} post={} account={} error=\"{}\"", what, postId, account,
						ex.getMostSpecificCause().getMessage(), ex);
				throw ex;
			}
		});
	}

}
