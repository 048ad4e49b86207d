package io.github.entraide.examples.hostile;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Everything the JDBC adapter's tables hold, read back through plain JDBC: every row of every
 * {@code entraide_} table (compared as a multiset per table), and every string stored, with the
 * string literals of JSON columns decoded. For the hostile-input suites. Stateless.
 */
final class JdbcContents {
    private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]++|\\\\.)*+)\"");

    private JdbcContents() {
    }

    /** Per table, each row (its cells in column order) and how many times it occurs. */
    static Map<String, Map<List<Object>, Integer>> rows(DataSource dataSource) {
        Map<String, Map<List<Object>, Integer>> all = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : tables(c)) {
                Map<List<Object>, Integer> rows = new HashMap<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>(meta.getColumnCount());
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.add(rs.getObject(i));
                        }
                        rows.merge(row, 1, Integer::sum);
                    }
                }
                all.put(table, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tables back", e);
        }
        return all;
    }

    /** Every string cell, and every string literal inside the cells that hold JSON, decoded. */
    static Collection<String> strings(DataSource dataSource) {
        List<String> strings = new ArrayList<>();
        rows(dataSource).values().forEach(rows -> rows.keySet().forEach(row -> row.forEach(cell -> {
            if (cell instanceof String text) {
                strings.add(text);
                String trimmed = text.strip();
                if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                    Matcher m = JSON_STRING.matcher(text);
                    while (m.find()) {
                        strings.add(unescape(m.group(1)));
                    }
                }
            }
        })));
        return strings;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), null, new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.toLowerCase(Locale.ROOT).startsWith("entraide_")) {
                    tables.add(name);
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no entraide_ table in schema " + c.getSchema());
        }
        return tables;
    }

    private static String unescape(String json) {
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char ch = json.charAt(i);
            if (ch != '\\' || i + 1 == json.length()) {
                out.append(ch);
                continue;
            }
            char next = json.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
