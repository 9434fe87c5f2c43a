package nashir.feed;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body but gives up as soon as it passes {@code maxBytes}, so a hostile or
 * broken server cannot make us buffer an endless body (HttpClient's own handlers have no cap).
 */
final class CappedBodySubscriber implements BodySubscriber<byte[]> {

	private final long maxBytes;

	private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

	private final CompletableFuture<byte[]> result = new CompletableFuture<>();

	private Flow.Subscription subscription;

	CappedBodySubscriber(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return this.result;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> items) {
		for (ByteBuffer item : items) {
			if (this.buffer.size() + (long) item.remaining() > this.maxBytes) {
				this.subscription.cancel();
				this.result.completeExceptionally(new BodyTooLargeException(this.maxBytes));
				return;
			}
			byte[] bytes = new byte[item.remaining()];
			item.get(bytes);
			this.buffer.writeBytes(bytes);
		}
	}

	@Override
	public void onError(Throwable throwable) {
		this.result.completeExceptionally(throwable);
	}

	@Override
	public void onComplete() {
		this.result.complete(this.buffer.toByteArray());
	}

	static final class BodyTooLargeException extends RuntimeException {

		BodyTooLargeException(long maxBytes) {
			super("the feed is larger than " + maxBytes + " bytes");
		}

	}

}
