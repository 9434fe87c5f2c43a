package nashir.alert;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server in the test's process, enough for one client at a time: greeting, EHLO,
 * MAIL, RCPT, DATA (dot-unstuffed), QUIT, each message kept with the recipients of its envelope.
 */
final class SmtpServer implements AutoCloseable {

	/** A message as it arrived, parsed back by Jakarta Mail. */
	record Received(List<String> recipients, MimeMessage message) {
	}

	private final ServerSocket socket;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	SmtpServer() throws IOException {
		this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		Thread thread = new Thread(this::serve, "smtp-test");
		thread.setDaemon(true);
		thread.start();
	}

	int port() {
		return this.socket.getLocalPort();
	}

	List<Received> received() {
		return List.copyOf(this.received);
	}

	void clear() {
		this.received.clear();
	}

	private void serve() {
		while (!this.socket.isClosed()) {
			try (Socket client = this.socket.accept()) {
				converse(client);
			}
			catch (IOException | MessagingException ex) {
				// The socket was closed, or a client left mid-way: wait for the next.
			}
		}
	}

	private void converse(Socket client) throws IOException, MessagingException {
		BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
		OutputStream out = client.getOutputStream();
		reply(out, "220 localhost test SMTP");
		List<String> recipients = new ArrayList<>();
		String line;
		while ((line = in.readLine()) != null) {
			String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
			switch (command) {
				case "EHLO", "HELO" -> reply(out, "250 localhost");
				case "MAIL" -> {
					recipients.clear();
					reply(out, "250 OK");
				}
				case "RCPT" -> {
					recipients.add(line.substring(line.indexOf('<') + 1, line.indexOf('>')));
					reply(out, "250 OK");
				}
				case "DATA" -> {
					reply(out, "354 End data with <CR><LF>.<CR><LF>");
					StringBuilder data = new StringBuilder();
					while (!(line = in.readLine()).equals(".")) {
						data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
					}
					this.received.add(new Received(List.copyOf(recipients), new MimeMessage(
							Session.getInstance(new Properties()),
							new ByteArrayInputStream(data.toString().getBytes(StandardCharsets.UTF_8)))));
					reply(out, "250 OK queued");
				}
				case "QUIT" -> {
					reply(out, "221 Bye");
					return;
				}
				default -> reply(out, "250 OK");
			}
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
