package io.github.entraide.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source for tests: a new {@link DriverManager} connection per call, optionally passed
 * through a decorator (to break connections on purpose). Thread-safe.
 */
final class SimpleDataSource implements DataSource {
    private final String url;
    private final UnaryOperator<Connection> decorator;

    SimpleDataSource(String url) {
        this(url, UnaryOperator.identity());
    }

    SimpleDataSource(String url, UnaryOperator<Connection> decorator) {
        this.url = url;
        this.decorator = decorator;
    }

    String url() {
        return url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return decorator.apply(DriverManager.getConnection(url));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return decorator.apply(DriverManager.getConnection(url, username, password));
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
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
