package io.github.entraide.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SMTP server on a loopback port that answers as scripted: a reply code for RCPT or for
 * the end of DATA, a connection dropped in the middle of DATA, a slow answer. Records the
 * messages it accepted (with 250) and counts connections. For fault tests only.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    /** What to do at the end of one DATA. */
    sealed interface DataStep permits Reply, Drop, Slow {
    }

    /** Answer with this line, for example {@code 451 4.3.0 try later}. */
    record Reply(String line) implements DataStep {
    }

    /** Close the connection after the first line of the message, without answering. */
    record Drop() implements DataStep {
    }

    /** Accept the message (record it), but answer 250 only after a delay. */
    record Slow(Duration delay) implements DataStep {
    }

    private final ServerSocket server;
    private final Thread acceptor;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final Deque<DataStep> dataSteps = new ArrayDeque<>();
    private final Deque<String> rcptReplies = new ArrayDeque<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    ScriptedSmtpServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    synchronized ScriptedSmtpServer thenAtEndOfData(DataStep step) {
        dataSteps.add(step);
        return this;
    }

    synchronized ScriptedSmtpServer thenAtRcpt(String reply) {
        rcptReplies.add(reply);
        return this;
    }

    int connections() {
        return connections.get();
    }

    /** The Message-ID of every message answered with 250 (or accepted before a slow answer). */
    List<String> acceptedMessageIds() {
        return List.copyOf(accepted);
    }

    private synchronized DataStep nextDataStep() {
        return dataSteps.isEmpty() ? new Reply("250 2.0.0 queued") : dataSteps.poll();
    }

    private synchronized String nextRcptReply() {
        return rcptReplies.isEmpty() ? "250 2.1.5 ok" : rcptReplies.poll();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                connections.incrementAndGet();
                sockets.add(s);
                Thread t = new Thread(() -> serve(s), "scripted-smtp-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket;
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                     StandardCharsets.UTF_8));
             OutputStream out = socket.getOutputStream()) {
            reply(out, "220 scripted.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String cmd = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (cmd) {
                    case "EHLO":
                        reply(out, "250-scripted.test\r\n250 8BITMIME");
                        break;
                    case "HELO":
                    case "MAIL":
                    case "RSET":
                    case "NOOP":
                        reply(out, "250 2.0.0 ok");
                        break;
                    case "RCPT":
                        reply(out, nextRcptReply());
                        break;
                    case "DATA":
                        if (!data(in, out)) {
                            return;
                        }
                        break;
                    case "QUIT":
                        reply(out, "221 2.0.0 bye");
                        return;
                    default:
                        reply(out, "502 5.5.2 unknown command");
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away, or the server closes
        }
    }

    /** @return false when the connection was dropped */
    private boolean data(BufferedReader in, OutputStream out) throws IOException, InterruptedException {
        reply(out, "354 end with <CRLF>.<CRLF>");
        DataStep step = nextDataStep();
        String messageId = null;
        String line;
        boolean first = true;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            if (first && step instanceof Drop) {
                return false; // try-with-resources closes the socket mid-DATA
            }
            first = false;
            if (messageId == null && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                messageId = line.substring(11).trim();
            }
        }
        if (step instanceof Reply) {
            String r = ((Reply) step).line();
            if (r.startsWith("250")) {
                accepted.add(messageId);
            }
            reply(out, r);
        } else if (step instanceof Slow) {
            accepted.add(messageId);
            // The server has the message but answers late: the client times out first.
            if (closing.await(((Slow) step).delay().toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
            reply(out, "250 2.0.0 queued");
        }
        return true;
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        closing.countDown();
        server.close();
        for (Socket s : new ArrayList<>(sockets)) {
            s.close();
        }
    }
}
