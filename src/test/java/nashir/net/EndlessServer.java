package nashir.net;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A server on {@code localhost} that answers every request with {@code status} and a chunked body
 * that does not end: it writes until the client hangs up, or at most {@code limit} bytes or
 * {@code maxTime}, so a test can never run away with it.
 */
public final class EndlessServer implements AutoCloseable {

	private static final byte[] CHUNK = new byte[64 * 1024];

	private final ServerSocket server;

	private final AtomicLong written = new AtomicLong();

	public EndlessServer(int status, String contentType, long limit, Duration maxTime) throws IOException {
		this.server = new ServerSocket(0, 16, InetAddress.getByName("127.0.0.1"));
		Thread thread = new Thread(() -> serve(status, contentType, limit, maxTime), "endless-server");
		thread.setDaemon(true);
		thread.start();
	}

	public String baseUrl() {
		return "http://localhost:" + this.server.getLocalPort();
	}

	/** The bytes of body written before the client hung up. */
	public long written() {
		return this.written.get();
	}

	private void serve(int status, String contentType, long limit, Duration maxTime) {
		while (!this.server.isClosed()) {
			try (Socket socket = this.server.accept()) {
				long end = System.nanoTime() + maxTime.toNanos();
				OutputStream out = socket.getOutputStream();
				out.write(("HTTP/1.1 " + status + " OK\r\nContent-Type: " + contentType
						+ "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				byte[] size = (Integer.toHexString(CHUNK.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
				while (this.written.get() < limit && System.nanoTime() < end) {
					out.write(size);
					out.write(CHUNK);
					out.write('\r');
					out.write('\n');
					this.written.addAndGet(CHUNK.length);
				}
			}
			catch (IOException ex) {
				// The client hung up: what it was meant to do.
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
