package nashir.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow.Subscription;

/**
 * Collects a response body up to a cap and stops reading (cancels the stream) as soon as
 * the body, or its announced length, is larger: a huge "image" costs at most the cap.
 */
final class CappedBodySubscriber implements BodySubscriber<byte[]> {

	/** Completes the body exceptionally when it passes the cap. */
	static final class TooLarge extends IOException {

		TooLarge() {
			super("body larger than the cap", null);
		}

	}

	private final long cap;

	private final long announcedLength;

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final CompletableFuture<byte[]> body = new CompletableFuture<>();

	private Subscription subscription;

	CappedBodySubscriber(long cap, long announcedLength) {
		this.cap = cap;
		this.announcedLength = announcedLength;
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return this.body;
	}

	@Override
	public void onSubscribe(Subscription subscription) {
		this.subscription = subscription;
		if (this.announcedLength > this.cap) {
			tooLarge();
			return;
		}
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		for (ByteBuffer buffer : buffers) {
			if (this.body.isDone()) {
				return;
			}
			if (this.bytes.size() + (long) buffer.remaining() > this.cap) {
				tooLarge();
				return;
			}
			byte[] chunk = new byte[buffer.remaining()];
			buffer.get(chunk);
			this.bytes.writeBytes(chunk);
		}
	}

	@Override
	public void onError(Throwable error) {
		this.body.completeExceptionally(error);
	}

	@Override
	public void onComplete() {
		this.body.complete(this.bytes.toByteArray());
	}

	private void tooLarge() {
		this.subscription.cancel();
		this.body.completeExceptionally(new TooLarge());
	}

}
