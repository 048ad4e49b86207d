package io.github.entraide.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal SMTP server on loopback that accepts every message and keeps only counts: the local
 * server the relay benchmark sends to, so that the figure measures the relay and the client, not
 * a mail store. It speaks enough SMTP to be an honest peer: a greeting, {@code EHLO}/{@code HELO},
 * {@code MAIL}, {@code RCPT} and {@code DATA} in order (503 otherwise), the data read to the
 * lone-dot line with dot-unstuffing, {@code RSET}, {@code NOOP}, {@code QUIT}, 500 for anything
 * else. It reads and writes through buffers and flushes once per reply, so that it costs a real
 * server's minimum and is never the bottleneck. One thread per connection (pooled).
 */
public final class SmtpSink implements AutoCloseable {
    private static final int MAX_LINE = 1000;

    private final ServerSocket server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "smtp-sink");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong dataBytes = new AtomicLong();
    /** Copies received of each Message-ID, when asked for (null otherwise). */
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicInteger> messageIds;

    /**
     * Starts the sink on a free loopback port.
     *
     * @throws IOException if no port can be bound
     */
    public SmtpSink() throws IOException {
        this(false);
    }

    /**
     * Starts the sink on a free loopback port, optionally counting the copies of each
     * {@code Message-ID} header it receives (for checks of exactly-once delivery).
     *
     * @param recordMessageIds whether to keep the Message-IDs
     * @throws IOException if no port can be bound
     */
    public SmtpSink(boolean recordMessageIds) throws IOException {
        messageIds = recordMessageIds ? new java.util.concurrent.ConcurrentHashMap<>() : null;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.execute(this::acceptLoop);
    }

    /**
     * How many copies of each Message-ID arrived, if the sink records them.
     *
     * @return a snapshot, by Message-ID (empty when not recording)
     */
    public java.util.Map<String, Integer> messageIdCopies() {
        java.util.Map<String, Integer> copies = new java.util.HashMap<>();
        if (messageIds != null) {
            messageIds.forEach((id, n) -> copies.put(id, n.get()));
        }
        return copies;
    }

    /** @return the port */
    public int port() {
        return server.getLocalPort();
    }

    /** @return connections accepted so far */
    public long connections() {
        return connections.get();
    }

    /** @return messages accepted so far */
    public long messages() {
        return messages.get();
    }

    /** @return bytes of message data accepted so far (after dot-unstuffing, line ends included) */
    public long dataBytes() {
        return dataBytes.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                connections.incrementAndGet();
                pool.execute(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            LineReader in = new LineReader(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1024);
            byte[] line = new byte[MAX_LINE + 2];
            reply(out, "220 sink ESMTP ready");
            boolean greeted = false;
            boolean mail = false;
            int recipients = 0;
            for (int n = readLine(in, line); n >= 0; n = readLine(in, line)) {
                String command = new String(line, 0, Math.min(n, 4), StandardCharsets.US_ASCII)
                        .toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO":
                        greeted = true;
                        mail = false;
                        recipients = 0;
                        reply(out, "250-sink greets you\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 10485760");
                        break;
                    case "HELO":
                        greeted = true;
                        reply(out, "250 sink");
                        break;
                    case "MAIL":
                        if (!greeted || mail) {
                            reply(out, "503 5.5.1 bad sequence of commands");
                        } else {
                            mail = true;
                            reply(out, "250 2.1.0 sender ok");
                        }
                        break;
                    case "RCPT":
                        if (!mail) {
                            reply(out, "503 5.5.1 need MAIL first");
                        } else {
                            recipients++;
                            reply(out, "250 2.1.5 recipient ok");
                        }
                        break;
                    case "DATA":
                        if (recipients == 0) {
                            reply(out, "503 5.5.1 need RCPT first");
                            break;
                        }
                        reply(out, "354 end data with <CR><LF>.<CR><LF>");
                        if (!readData(in, line)) {
                            return;
                        }
                        messages.incrementAndGet();
                        mail = false;
                        recipients = 0;
                        reply(out, "250 2.0.0 queued");
                        break;
                    case "RSET":
                        mail = false;
                        recipients = 0;
                        reply(out, "250 2.0.0 ok");
                        break;
                    case "NOOP":
                        reply(out, "250 2.0.0 ok");
                        break;
                    case "QUIT":
                        reply(out, "221 2.0.0 bye");
                        return;
                    default:
                        reply(out, "500 5.5.2 command not recognised");
                }
            }
        } catch (IOException e) {
            // the client went away: nothing to count
        }
    }

    /** Reads the data to the lone-dot line; false if the connection ended first. */
    private boolean readData(LineReader in, byte[] line) throws IOException {
        long bytes = 0;
        boolean headers = messageIds != null;
        for (int n = readLine(in, line); n >= 0; n = readLine(in, line)) {
            if (headers) {
                if (n == 0) {
                    headers = false;
                } else if (n > 11 && new String(line, 0, 11, StandardCharsets.US_ASCII).equalsIgnoreCase("Message-ID:")) {
                    String id = new String(line, 11, n - 11, StandardCharsets.US_ASCII).strip();
                    messageIds.computeIfAbsent(id, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                }
            }
            if (n == 1 && line[0] == '.') {
                dataBytes.addAndGet(bytes);
                return true;
            }
            // dot-unstuffing: a leading dot was doubled by the client
            bytes += (n > 0 && line[0] == '.' ? n - 1 : n) + 2;
        }
        return false;
    }

    private static int readLine(LineReader in, byte[] line) throws IOException {
        return in.readLine(line);
    }

    /** Reads CRLF-ended lines through its own buffer (a {@code BufferedInputStream} locks on every byte). */
    private static final class LineReader {
        private final InputStream in;
        private final byte[] buf = new byte[16 * 1024];
        private int pos;
        private int end;

        LineReader(InputStream in) {
            this.in = in;
        }

        /**
         * Reads one line into {@code line} without its CRLF; a line longer than the buffer is cut.
         * Returns its length, or -1 at the end of the stream.
         */
        int readLine(byte[] line) throws IOException {
            int n = 0;
            while (true) {
                if (pos == end) {
                    end = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (end <= 0) {
                        end = 0;
                        return n == 0 ? -1 : n;
                    }
                }
                byte b = buf[pos++];
                if (b == '\n') {
                    return n > 0 && line[n - 1] == '\r' ? n - 1 : n;
                }
                if (n < line.length) {
                    line[n++] = b;
                }
            }
        }
    }

    private static void reply(OutputStream out, String reply) throws IOException {
        out.write(reply.getBytes(StandardCharsets.US_ASCII));
        out.write('\r');
        out.write('\n');
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        pool.shutdownNow();
    }
}
