package nashir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The loopback HTTP server each fake network ({@link FakeX}, {@link FakeTelegram},
 * {@link FakeMastodon}, {@link FakeBluesky}) answers on: its routes, JSON answers, and the delay
 * that lets a crash test kill the service while a post is in flight.
 */
public final class FakeServer implements AutoCloseable {

	private final HttpServer server;

	/** @param routes each path prefix and what answers it */
	public FakeServer(Map<String, HttpHandler> routes) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
		this.server.setExecutor(Executors.newFixedThreadPool(8));
		routes.forEach(this.server::createContext);
		this.server.start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** Holds the answer for {@code delay}, as a slow network would. */
	public static void pause(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
