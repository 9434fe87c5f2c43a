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

	/** About 1.5 s in all: long enough for a lock or a brief outage to pass, short against the claim's lease. */
	private static final RetryPolicy POLICY = RetryPolicy.builder()
		.includes(DataAccessException.class)
		.maxRetries(4)
		.delay(Duration.ofMillis(100))
		.multiplier(2)
		.build();

	private final RetryTemplate template = new RetryTemplate(POLICY);

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
