package nashir.net;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on {@code 127.0.0.1} that the address guard must keep every request away from. Were one
 * to reach it, it would be counted and answered with {@code body} as {@code contentType}, as an
 * internal service (a metadata endpoint, an admin page) would answer.
 */
public final class LoopbackTrap implements AutoCloseable {

	private final ServerSocket server;

	private final AtomicInteger connections = new AtomicInteger();

	public LoopbackTrap(String contentType, byte[] body) throws IOException {
		this.server = new ServerSocket(0, 16, InetAddress.getByName("127.0.0.1"));
		Thread thread = new Thread(() -> serve(contentType, body), "loopback-trap");
		thread.setDaemon(true);
		thread.start();
	}

	/** {@code http://127.0.0.1:<port>} followed by {@code path}. */
	public String url(String path) {
		return "http://127.0.0.1:" + this.server.getLocalPort() + path;
	}

	public int port() {
		return this.server.getLocalPort();
	}

	/** How many connections reached the server. */
	public int connections() {
		return this.connections.get();
	}

	private void serve(String contentType, byte[] body) {
		while (!this.server.isClosed()) {
			try (Socket socket = this.server.accept()) {
				this.connections.incrementAndGet();
				OutputStream out = socket.getOutputStream();
				out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
						+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(body);
				out.flush();
			}
			catch (IOException ex) {
				// Closed by the test, or a client that hung up: either way, on to the next one.
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
