package nashir.compose;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Keeps at most the first {@code limit} bytes of a response body and then hangs up, so a huge
 * or endless page costs no more than that. The head of a page, where its meta tags live, is
 * well inside the limit.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

	private final int limit;

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final CompletableFuture<byte[]> result = new CompletableFuture<>();

	private Flow.Subscription subscription;

	CappedBody(int limit) {
		this.limit = limit;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		subscription.request(1);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		for (ByteBuffer buffer : buffers) {
			byte[] chunk = new byte[Math.min(buffer.remaining(), limit - bytes.size())];
			buffer.get(chunk);
			bytes.writeBytes(chunk);
		}
		if (bytes.size() >= limit) {
			// Complete first: what follows the cancel is no error of ours.
			result.complete(bytes.toByteArray());
			subscription.cancel();
		}
		else {
			subscription.request(1);
		}
	}

	@Override
	public void onError(Throwable error) {
		result.completeExceptionally(error);
	}

	@Override
	public void onComplete() {
		result.complete(bytes.toByteArray());
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return result;
	}

}
