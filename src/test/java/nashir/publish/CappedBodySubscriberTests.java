package nashir.publish;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow.Subscription;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CappedBodySubscriberTests {

	private final AtomicBoolean cancelled = new AtomicBoolean();

	private final AtomicLong requested = new AtomicLong();

	private final Subscription subscription = new Subscription() {

		@Override
		public void request(long n) {
			CappedBodySubscriberTests.this.requested.addAndGet(n);
		}

		@Override
		public void cancel() {
			CappedBodySubscriberTests.this.cancelled.set(true);
		}

	};

	@Test
	void shouldKeepABodyWithinTheCap() throws Exception {
		CappedBodySubscriber body = new CappedBodySubscriber(10, -1);
		body.onSubscribe(this.subscription);
		body.onNext(List.of(ByteBuffer.wrap(new byte[] { 1, 2, 3 }), ByteBuffer.wrap(new byte[7])));
		body.onComplete();

		assertThat(body.getBody().toCompletableFuture().get()).hasSize(10).startsWith(1, 2, 3);
		assertThat(this.cancelled).isFalse();
	}

	@Test
	void shouldStopReadingABodyOfUnknownLengthPastTheCap() {
		CappedBodySubscriber body = new CappedBodySubscriber(10, -1);
		body.onSubscribe(this.subscription);
		body.onNext(List.of(ByteBuffer.wrap(new byte[6])));
		body.onNext(List.of(ByteBuffer.wrap(new byte[6])));

		assertThat(this.cancelled).isTrue();
		assertThatExceptionOfType(ExecutionException.class)
			.isThrownBy(() -> body.getBody().toCompletableFuture().get())
			.withCauseInstanceOf(CappedBodySubscriber.TooLarge.class);
	}

	@Test
	void shouldNotReadABodyAnnouncedLargerThanTheCap() {
		CappedBodySubscriber body = new CappedBodySubscriber(10, 11);
		body.onSubscribe(this.subscription);

		assertThat(this.cancelled).isTrue();
		assertThat(this.requested).hasValue(0);
		assertThat(body.getBody().toCompletableFuture()).isCompletedExceptionally();
	}

}
