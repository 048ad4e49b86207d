package io.github.entraide.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The SMTP ceiling of the outbox benchmark: a minimal client that sends already composed messages
 * over one connection with {@code PIPELINING} (RFC 2920), the fewest waits SMTP allows. It sends
 * {@code MAIL}, {@code RCPT} and {@code DATA} as one group, waits for their replies (the
 * {@code 354} must come before the data), then writes the data, its end and the next message's
 * group in one write and reads the four replies together: one round trip per message instead of
 * a client's four. Every reply is checked (250 for MAIL, RCPT and the end of data, 354 for DATA);
 * anything else fails the run. Benchmark code only: no TLS, no authentication, no retries.
 * Not thread-safe.
 */
public final class PipeliningSmtpClient implements AutoCloseable {
    private static final byte[] CRLF = {'\r', '\n'};

    private final Socket socket;
    private final OutputStream out;
    private final ReplyReader in;

    private PipeliningSmtpClient(Socket socket) throws IOException {
        this.socket = socket;
        this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
        this.in = new ReplyReader(socket.getInputStream());
    }

    /**
     * Connects to a loopback server, reads its greeting and says {@code EHLO}.
     *
     * @param port the server's port on loopback
     * @return the client, ready for {@link #send(List)}
     * @throws IOException if the connection fails
     * @throws IllegalStateException if the server does not advertise {@code PIPELINING}
     */
    public static PipeliningSmtpClient connect(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        PipeliningSmtpClient client = new PipeliningSmtpClient(socket);
        try {
            client.expect(220, "greeting");
            client.command("EHLO bench.entraide");
            client.out.flush();
            String ehlo = client.expect(250, "EHLO");
            if (!ehlo.toUpperCase(java.util.Locale.ROOT).contains("PIPELINING")) {
                throw new IllegalStateException("the server does not advertise PIPELINING");
            }
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
        return client;
    }

    /**
     * Sends the messages in order, pipelined.
     *
     * @param messages the envelopes and data, as {@link SmtpSink} captured them
     * @return how many the server accepted (all of them, or this throws)
     * @throws IOException if the connection fails
     * @throws IllegalStateException on any unexpected reply
     */
    public int send(List<SmtpSink.Captured> messages) throws IOException {
        if (messages.isEmpty()) {
            return 0;
        }
        group(messages.get(0));
        out.flush();
        expectGroup(messages.get(0));
        for (int i = 0; i < messages.size(); i++) {
            out.write(messages.get(i).data());
            boolean more = i + 1 < messages.size();
            if (more) {
                group(messages.get(i + 1));
            }
            out.flush();
            expect(250, "end of data");
            if (more) {
                expectGroup(messages.get(i + 1));
            }
        }
        return messages.size();
    }

    private void group(SmtpSink.Captured m) throws IOException {
        command(m.mailFrom());
        for (String rcpt : m.rcptTo()) {
            command(rcpt);
        }
        command("DATA");
    }

    private void expectGroup(SmtpSink.Captured m) throws IOException {
        expect(250, "MAIL");
        for (int r = 0; r < m.rcptTo().size(); r++) {
            expect(250, "RCPT");
        }
        expect(354, "DATA");
    }

    private void command(String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.US_ASCII));
        out.write(CRLF);
    }

    private String expect(int code, String what) throws IOException {
        String reply = in.reply();
        if (reply.length() < 3 || !reply.startsWith(Integer.toString(code))) {
            throw new IllegalStateException("expected " + code + " to " + what + ", got: " + reply);
        }
        return reply;
    }

    /** Sends {@code QUIT}, reads the reply and closes the connection. */
    @Override
    public void close() throws IOException {
        try (socket) {
            command("QUIT");
            out.flush();
            expect(221, "QUIT");
        }
    }

    /** Reads whole (possibly multi-line) replies through one buffer: pipelined replies arrive together. */
    private static final class ReplyReader {
        private final InputStream in;
        private final byte[] buf = new byte[16 * 1024];
        private int pos;
        private int end;

        ReplyReader(InputStream in) {
            this.in = in;
        }

        /** One reply, its lines joined with LF; the last line has a space (or nothing) after the code. */
        String reply() throws IOException {
            StringBuilder reply = new StringBuilder();
            while (true) {
                String line = line();
                reply.append(line);
                if (line.length() < 4 || line.charAt(3) != '-') {
                    return reply.toString();
                }
                reply.append('\n');
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            while (true) {
                if (pos == end) {
                    end = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (end <= 0) {
                        end = 0;
                        throw new IOException("the server closed the connection");
                    }
                }
                byte b = buf[pos++];
                if (b == '\n') {
                    int n = line.length();
                    if (n > 0 && line.charAt(n - 1) == '\r') {
                        line.setLength(n - 1);
                    }
                    return line.toString();
                }
                line.append((char) b);
            }
        }
    }
}
