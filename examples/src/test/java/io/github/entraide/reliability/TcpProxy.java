package io.github.entraide.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy between the application and its database, to play "the database went down and
 * came back" without touching the shared server: {@link #down()} cuts every proxied connection
 * and from then on closes each new connection as soon as it is accepted (the client's connect or
 * its first read fails at once); {@link #up()} proxies again. Plain sockets, two pump threads per
 * connection. Thread-safe.
 */
final class TcpProxy implements AutoCloseable {
    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger cut = new AtomicInteger();
    private volatile boolean down;
    private volatile boolean closed;

    TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "tcp-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Cuts every proxied connection and refuses new ones. */
    void down() {
        down = true;
        for (Socket s : open) {
            closeQuietly(s);
            if (open.remove(s)) {
                cut.incrementAndGet();
            }
        }
    }

    /** Proxies new connections again. */
    void up() {
        down = false;
    }

    int accepted() {
        return accepted.get();
    }

    int refused() {
        return refused.get();
    }

    /** @return how many sockets (client or server side) {@link #down()} closed */
    int cut() {
        return cut.get();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            if (down) {
                refused.incrementAndGet();
                closeQuietly(client);
                continue;
            }
            try {
                Socket backend = new Socket();
                backend.connect(new InetSocketAddress(targetHost, targetPort), 5_000);
                accepted.incrementAndGet();
                open.add(client);
                open.add(backend);
                pump(client, backend);
                pump(backend, client);
            } catch (IOException e) {
                closeQuietly(client);
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // cut or closed by either side
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        down();
    }
}
