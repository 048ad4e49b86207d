package io.github.entraide.reliability;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * What was written to the outbox table and what reached the SMTP server, to compare them by
 * {@code Message-ID} (the mail adapter derives it from the outbox message id:
 * {@code <id@territory.entraide>}).
 */
final class Deliveries {
    private Deliveries() {
    }

    /** One outbox row, read straight from the table. */
    record Row(String id, String territoryId, String kind, String type, String status, int attempts,
            Long leasedUntil) {
        String messageId() {
            return "<" + id + "@" + territoryId + ".entraide>";
        }
    }

    /** Every row of the outbox table (default prefix). */
    static List<Row> outbox(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, territory_id, kind, type, status, attempts, leased_until FROM entraide_outbox"
                        + " ORDER BY sequence");
                ResultSet rs = ps.executeQuery()) {
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                long leased = rs.getLong("leased_until");
                Long leasedUntil = rs.wasNull() ? null : leased;
                rows.add(new Row(rs.getString("id"), rs.getString("territory_id"), rs.getString("kind"),
                        rs.getString("type"), rs.getString("status"), rs.getInt("attempts"),
                        leasedUntil));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the outbox table failed", e);
        }
    }

    /** The notification rows (those that become e-mails). */
    static List<Row> notifications(DataSource dataSource) {
        return outbox(dataSource).stream().filter(r -> r.kind().equals("NOTIFICATION")).collect(Collectors.toList());
    }

    /** How many rows of each type. */
    static Map<String, Long> countByType(List<Row> rows) {
        return rows.stream().collect(Collectors.groupingBy(Row::type, TreeMap::new, Collectors.counting()));
    }

    /** How many copies of each Message-ID the server received. */
    static Map<String, Integer> copiesByMessageId(GreenMail server) {
        Map<String, Integer> copies = new HashMap<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            try {
                copies.merge(m.getMessageID(), 1, Integer::sum);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return copies;
    }
}
