package io.github.entraide.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal SMTP server on loopback that accepts every message and keeps only counts: the local
 * server the relay benchmark sends to, so that the figure measures the relay and the client, not
 * a mail store. Counts connections and messages.
 */
public final class SmtpSink implements AutoCloseable {
    private final ServerSocket server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "smtp-sink");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong messages = new AtomicLong();

    /**
     * Starts the sink on a free loopback port.
     *
     * @throws IOException if no port can be bound
     */
    public SmtpSink() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.execute(this::acceptLoop);
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

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                connections.incrementAndGet();
                pool.execute(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            reply(out, "220 sink ESMTP");
            boolean data = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (data) {
                    if (line.equals(".")) {
                        data = false;
                        messages.incrementAndGet();
                        reply(out, "250 OK");
                    }
                    continue;
                }
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
                switch (verb) {
                    case "EHLO":
                        out.write("250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        break;
                    case "DATA":
                        data = true;
                        reply(out, "354 go on");
                        break;
                    case "QUIT":
                        reply(out, "221 bye");
                        return;
                    default:
                        reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the client went away: nothing to count
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        pool.shutdownNow();
    }
}
