package io.github.entraide.benchmarks;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A minimal SMTP server on loopback that accepts every message and keeps only counts: the local
 * server the relay benchmark sends to, so that the figure measures the relay and the client, not
 * a mail store. It speaks enough SMTP to be an honest peer: a greeting, {@code EHLO}/{@code HELO},
 * {@code MAIL}, {@code RCPT} and {@code DATA} in order (503 otherwise), the data read to the
 * lone-dot line with dot-unstuffing, {@code RSET}, {@code NOOP}, {@code QUIT}, 500 for anything
 * else.
 *
 * <p>It advertises {@code PIPELINING} (RFC 2920) and honours it: replies are buffered and flushed
 * only when the sink has read every byte the client sent so far, so a group of pipelined commands
 * gets its replies in one write, and a client that waits for each reply gets each one at once.
 * With a TLS context it also advertises {@code STARTTLS} (RFC 3207): after {@code 220} the
 * connection becomes a server-side TLS socket, anything the client pipelined after the command is
 * discarded, and the session starts over (a new {@code EHLO} is required).
 *
 * <p>On request it records, for exactly-once checks, the copies of each {@code Message-ID}, and
 * captures each message's envelope and data as sent on the wire (to be replayed by
 * {@link PipeliningSmtpClient}). One thread per connection (pooled). Thread-safe.
 */
public final class SmtpSink implements AutoCloseable {
    private static final int MAX_LINE = 1000;

    /**
     * One message as a client sent it.
     *
     * @param mailFrom the {@code MAIL FROM:} command line, without CRLF
     * @param rcptTo the {@code RCPT TO:} command lines, without CRLF
     * @param data the data as on the wire (dot-stuffed), ending with the {@code CRLF.CRLF} line
     */
    public record Captured(String mailFrom, List<String> rcptTo, byte[] data) {
        /** Copies the lists; checks for nulls. */
        public Captured {
            Objects.requireNonNull(mailFrom, "mailFrom");
            rcptTo = List.copyOf(rcptTo);
            Objects.requireNonNull(data, "data");
        }
    }

    private final ServerSocket server;
    private final SSLContext tls;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "smtp-sink");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong tlsSessions = new AtomicLong();
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong dataBytes = new AtomicLong();
    /** Copies received of each Message-ID, when asked for (null otherwise). */
    private final ConcurrentHashMap<String, AtomicInteger> messageIds;
    private final ConcurrentLinkedQueue<Captured> captured = new ConcurrentLinkedQueue<>();
    private volatile boolean capturing;

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
        this(recordMessageIds, null);
    }

    /**
     * Starts the sink on a free loopback port.
     *
     * @param recordMessageIds whether to keep the Message-IDs
     * @param startTls the server's TLS context (with its key and certificate), to offer
     *     {@code STARTTLS}; null for plain text only
     * @throws IOException if no port can be bound
     */
    public SmtpSink(boolean recordMessageIds, SSLContext startTls) throws IOException {
        messageIds = recordMessageIds ? new ConcurrentHashMap<>() : null;
        tls = startTls;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.execute(this::acceptLoop);
    }

    /**
     * Whether to keep each message received from now on ({@link #captured()}).
     *
     * @param on true to capture, false to stop
     */
    public void capture(boolean on) {
        capturing = on;
    }

    /** @return the messages captured so far, in order of arrival */
    public List<Captured> captured() {
        return new ArrayList<>(captured);
    }

    /**
     * How many copies of each Message-ID arrived, if the sink records them.
     *
     * @return a snapshot, by Message-ID (empty when not recording)
     */
    public Map<String, Integer> messageIdCopies() {
        Map<String, Integer> copies = new HashMap<>();
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

    /** @return connections upgraded with STARTTLS so far */
    public long tlsSessions() {
        return tlsSessions.get();
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

    /** One connection's streams and SMTP state; replaced whole by STARTTLS. */
    private static final class Session {
        final Socket socket;
        final OutputStream out;
        final LineReader in;
        final boolean secure;
        boolean greeted;
        String mailFrom;
        final List<String> rcptTo = new ArrayList<>();

        Session(Socket socket, boolean secure) throws IOException {
            this.socket = socket;
            this.secure = secure;
            this.out = new BufferedOutputStream(socket.getOutputStream(), 8 * 1024);
            this.in = new LineReader(socket.getInputStream(), out);
        }

        void reset() {
            mailFrom = null;
            rcptTo.clear();
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            Session s = new Session(socket, false);
            byte[] line = new byte[MAX_LINE + 2];
            reply(s.out, "220 sink ESMTP ready");
            for (int n = s.in.readLine(line); n >= 0; n = s.in.readLine(line)) {
                String command = new String(line, 0, Math.min(n, 4), StandardCharsets.US_ASCII)
                        .toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO":
                        s.greeted = true;
                        s.reset();
                        reply(s.out, "250-sink greets you\r\n250-PIPELINING\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n"
                                + (tls != null && !s.secure ? "250-STARTTLS\r\n" : "") + "250 SIZE 10485760");
                        break;
                    case "HELO":
                        s.greeted = true;
                        s.reset();
                        reply(s.out, "250 sink");
                        break;
                    case "STAR":
                        if (tls == null || s.secure || n != 8) {
                            reply(s.out, "500 5.5.2 command not recognised");
                            break;
                        }
                        reply(s.out, "220 2.0.0 ready to start TLS");
                        s.out.flush();
                        s = startTls(s.socket);
                        break;
                    case "MAIL":
                        if (!s.greeted || s.mailFrom != null) {
                            reply(s.out, "503 5.5.1 bad sequence of commands");
                        } else {
                            s.mailFrom = new String(line, 0, n, StandardCharsets.US_ASCII);
                            reply(s.out, "250 2.1.0 sender ok");
                        }
                        break;
                    case "RCPT":
                        if (s.mailFrom == null) {
                            reply(s.out, "503 5.5.1 need MAIL first");
                        } else {
                            s.rcptTo.add(new String(line, 0, n, StandardCharsets.US_ASCII));
                            reply(s.out, "250 2.1.5 recipient ok");
                        }
                        break;
                    case "DATA":
                        if (s.rcptTo.isEmpty()) {
                            reply(s.out, "503 5.5.1 need RCPT first");
                            break;
                        }
                        reply(s.out, "354 end data with <CR><LF>.<CR><LF>");
                        if (!readData(s, line)) {
                            return;
                        }
                        messages.incrementAndGet();
                        s.reset();
                        reply(s.out, "250 2.0.0 queued");
                        break;
                    case "RSET":
                        s.reset();
                        reply(s.out, "250 2.0.0 ok");
                        break;
                    case "NOOP":
                        reply(s.out, "250 2.0.0 ok");
                        break;
                    case "QUIT":
                        reply(s.out, "221 2.0.0 bye");
                        s.out.flush();
                        return;
                    default:
                        reply(s.out, "500 5.5.2 command not recognised");
                }
            }
        } catch (IOException e) {
            // the client went away (or its TLS handshake failed): nothing to count
        }
    }

    /**
     * Upgrades the connection; what the client sent after STARTTLS in plain text is dropped with
     * the old reader (RFC 3207 section 4.2: nothing before the handshake may be trusted).
     */
    private Session startTls(Socket plain) throws IOException {
        SSLSocket secure = (SSLSocket) tls.getSocketFactory()
                .createSocket(plain, plain.getInetAddress().getHostAddress(), plain.getPort(), true);
        secure.setUseClientMode(false);
        secure.startHandshake();
        tlsSessions.incrementAndGet();
        return new Session(secure, true);
    }

    /** Reads the data to the lone-dot line; false if the connection ended first. */
    private boolean readData(Session s, byte[] line) throws IOException {
        long bytes = 0;
        boolean headers = messageIds != null;
        ByteArrayOutputStream wire = capturing ? new ByteArrayOutputStream(4096) : null;
        for (int n = s.in.readLine(line); n >= 0; n = s.in.readLine(line)) {
            if (wire != null) {
                wire.write(line, 0, n);
                wire.write('\r');
                wire.write('\n');
            }
            if (headers) {
                if (n == 0) {
                    headers = false;
                } else if (n > 11 && new String(line, 0, 11, StandardCharsets.US_ASCII).equalsIgnoreCase("Message-ID:")) {
                    String id = new String(line, 11, n - 11, StandardCharsets.US_ASCII).strip();
                    messageIds.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                }
            }
            if (n == 1 && line[0] == '.') {
                dataBytes.addAndGet(bytes);
                if (wire != null) {
                    captured.add(new Captured(s.mailFrom, s.rcptTo, wire.toByteArray()));
                }
                return true;
            }
            // dot-unstuffing: a leading dot was doubled by the client
            bytes += (n > 0 && line[0] == '.' ? n - 1 : n) + 2;
        }
        return false;
    }

    /**
     * Reads CRLF-ended lines through its own buffer (a {@code BufferedInputStream} locks on every
     * byte), and flushes the pending replies whenever it has consumed all the input received so
     * far and must wait for more: the flush point of a pipelining server.
     */
    private static final class LineReader {
        private final InputStream in;
        private final OutputStream replies;
        private final byte[] buf = new byte[16 * 1024];
        private int pos;
        private int end;

        LineReader(InputStream in, OutputStream replies) {
            this.in = in;
            this.replies = replies;
        }

        /**
         * Reads one line into {@code line} without its CRLF; a line longer than the buffer is cut.
         * Returns its length, or -1 at the end of the stream.
         */
        int readLine(byte[] line) throws IOException {
            int n = 0;
            while (true) {
                if (pos == end) {
                    replies.flush();
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

    /** Buffers one reply; {@link LineReader} flushes. */
    private static void reply(OutputStream out, String reply) throws IOException {
        out.write(reply.getBytes(StandardCharsets.US_ASCII));
        out.write('\r');
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        server.close();
        pool.shutdownNow();
    }
}
