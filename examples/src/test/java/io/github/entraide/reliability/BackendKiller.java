package io.github.entraide.reliability;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source in front of the application's pool that, once armed, has PostgreSQL terminate the
 * connection's own backend ({@code pg_terminate_backend} from a separate admin connection) at a
 * precise point: just before a statement whose SQL matches, or just before the commit. The
 * statement (or commit) then runs on a dead connection, as when the server or the network drops
 * it in the middle of a transaction. Fires once per arming. Thread-safe.
 */
final class BackendKiller implements DataSource {
    /** Where to kill: a statement's SQL, or the commit. */
    record Point(String name, Predicate<String> sql, boolean atCommit) {
        static Point before(String name, String sqlStart) {
            return new Point(name, s -> s.strip().startsWith(sqlStart), false);
        }

        static Point commit() {
            return new Point("commit", s -> false, true);
        }
    }

    private final DataSource application;
    private final DataSource admin;
    private final AtomicReference<Point> armed = new AtomicReference<>();
    private final AtomicInteger kills = new AtomicInteger();

    BackendKiller(DataSource application, DataSource admin) {
        this.application = Objects.requireNonNull(application, "application");
        this.admin = Objects.requireNonNull(admin, "admin");
    }

    /** Kills the next connection that reaches the point. */
    void arm(Point point) {
        armed.set(point);
    }

    /** @return true if the armed point was not reached (disarms it) */
    boolean disarm() {
        return armed.getAndSet(null) != null;
    }

    int kills() {
        return kills.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = application.getConnection();
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            Point point = armed.get();
            if (point != null) {
                boolean hit = point.atCommit() ? name.equals("commit")
                        : (name.equals("prepareStatement") || name.equals("prepareCall"))
                                && args != null && args[0] instanceof String sql && point.sql().test(sql);
                if (hit && armed.compareAndSet(point, null)) {
                    terminate(real);
                }
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private void terminate(Connection victim) throws SQLException {
        int pid;
        try (Statement s = victim.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            pid = rs.getInt(1);
        }
        try (Connection c = admin.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(?, 10000)")) {
            ps.setInt(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw new IllegalStateException("backend " + pid + " was not terminated");
                }
            }
        }
        kills.incrementAndGet();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("credentials come from the URL");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return application.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        application.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        application.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return application.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
