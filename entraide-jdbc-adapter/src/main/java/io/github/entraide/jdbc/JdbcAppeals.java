package io.github.entraide.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.entraide.ConflictException;
import io.github.entraide.domain.Appeal;
import io.github.entraide.domain.AppealId;
import io.github.entraide.domain.AppealStatus;
import io.github.entraide.domain.CategoryId;
import io.github.entraide.domain.GeoCircle;
import io.github.entraide.domain.GeoPoint;
import io.github.entraide.domain.MemberId;
import io.github.entraide.domain.TerritoryId;
import io.github.entraide.spi.AppealRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The statements of the appeal aggregate (appeals and opt-out tokens) in one {@link JdbcTransaction}.
 * Used by the transaction's thread only.
 */
final class JdbcAppeals implements AppealRepository {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String COLUMNS = "territory_id, id, sent_by, text_fr, text_en, category_id, communes,"
            + " centre_latitude, centre_longitude, radius_km, status, reached_count, resume_after, created_at, version";

    private final JdbcTransaction tx;
    private final JdbcStorage.Tables tables;

    JdbcAppeals(JdbcTransaction tx, JdbcStorage.Tables tables) {
        this.tx = tx;
        this.tables = tables;
    }

    /** Binds every column but the keys and the version, from index 1: 12 parameters. */
    private static void bindFields(PreparedStatement ps, Appeal a) throws SQLException {
        ps.setString(1, a.sentBy());
        ps.setString(2, a.textFr());
        ps.setString(3, a.textEn());
        Codec.setOptionalString(ps, 4, a.categoryId().map(CategoryId::value));
        ps.setString(5, Codec.json(new ArrayList<>(a.communes())));
        if (a.area().isPresent()) {
            GeoCircle circle = a.area().get();
            ps.setDouble(6, circle.centre().latitude());
            ps.setDouble(7, circle.centre().longitude());
            ps.setDouble(8, circle.radiusKm());
        } else {
            ps.setNull(6, Types.DOUBLE);
            ps.setNull(7, Types.DOUBLE);
            ps.setNull(8, Types.DOUBLE);
        }
        ps.setString(9, a.status().name());
        ps.setInt(10, a.reachedCount());
        Codec.setOptionalString(ps, 11, a.resumeAfter().map(MemberId::value));
        ps.setLong(12, Codec.nanos(a.createdAt()));
    }

    private static Appeal appeal(ResultSet rs) throws SQLException {
        double latitude = rs.getDouble("centre_latitude");
        Optional<GeoCircle> area = rs.wasNull() ? Optional.empty() : Optional.of(new GeoCircle(
                GeoPoint.of(latitude, rs.getDouble("centre_longitude")), rs.getDouble("radius_km")));
        return Appeal.reconstitute(AppealId.of(rs.getString("id")), TerritoryId.of(rs.getString("territory_id")),
                rs.getString("sent_by"), rs.getString("text_fr"), rs.getString("text_en"),
                Optional.ofNullable(rs.getString("category_id")).map(CategoryId::of),
                new TreeSet<>(Codec.fromJson(rs.getString("communes"), STRINGS)), area,
                AppealStatus.valueOf(rs.getString("status")), rs.getInt("reached_count"),
                Optional.ofNullable(rs.getString("resume_after")).map(MemberId::of),
                Codec.instant(rs, "created_at"), rs.getLong("version"));
    }

    @Override
    public Appeal insert(Appeal appeal) {
        Objects.requireNonNull(appeal, "appeal");
        boolean inserted = tx.insert("insert appeal", "INSERT INTO " + tables.appeal() + " (sent_by, text_fr,"
                + " text_en, category_id, communes, centre_latitude, centre_longitude, radius_km, status,"
                + " reached_count, resume_after, created_at, territory_id, id, version) VALUES ("
                + JdbcTransaction.placeholders(15) + ")", ps -> {
                    bindFields(ps, appeal);
                    ps.setString(13, appeal.territoryId().value());
                    ps.setString(14, appeal.id().value());
                    ps.setLong(15, 1);
                });
        if (!inserted) {
            throw new ConflictException("appeal", appeal.id());
        }
        return appeal.withVersion(1);
    }

    @Override
    public Appeal update(Appeal appeal) {
        Objects.requireNonNull(appeal, "appeal");
        int rows = tx.update("update appeal", "appeal", "UPDATE " + tables.appeal() + " SET sent_by = ?,"
                + " text_fr = ?, text_en = ?, category_id = ?, communes = ?, centre_latitude = ?,"
                + " centre_longitude = ?, radius_km = ?, status = ?, reached_count = ?, resume_after = ?,"
                + " created_at = ?, version = ? WHERE territory_id = ? AND id = ? AND version = ?", ps -> {
                    bindFields(ps, appeal);
                    ps.setLong(13, appeal.version() + 1);
                    ps.setString(14, appeal.territoryId().value());
                    ps.setString(15, appeal.id().value());
                    ps.setLong(16, appeal.version());
                });
        if (rows != 1) {
            throw new ConflictException("appeal", appeal.id());
        }
        return appeal.withVersion(appeal.version() + 1);
    }

    @Override
    public Optional<Appeal> find(TerritoryId territoryId, AppealId id) {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(id, "id");
        return tx.one("find appeal", "SELECT " + COLUMNS + " FROM " + tables.appeal()
                + " WHERE territory_id = ? AND id = ?", ps -> {
                    ps.setString(1, territoryId.value());
                    ps.setString(2, id.value());
                }, JdbcAppeals::appeal);
    }

    @Override
    public List<Appeal> all(TerritoryId territoryId) {
        Objects.requireNonNull(territoryId, "territoryId");
        return tx.list("list appeals", "SELECT " + COLUMNS + " FROM " + tables.appeal()
                + " WHERE territory_id = ? ORDER BY created_at DESC, id DESC",
                ps -> ps.setString(1, territoryId.value()), JdbcAppeals::appeal);
    }

    @Override
    public long createdSince(TerritoryId territoryId, Instant since) {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(since, "since");
        return tx.one("count appeals since an instant", "SELECT COUNT(*) FROM " + tables.appeal()
                + " WHERE territory_id = ? AND created_at >= ?", ps -> {
                    ps.setString(1, territoryId.value());
                    ps.setLong(2, Codec.nanos(since));
                }, rs -> rs.getLong(1)).orElse(0L);
    }

    @Override
    public void insertOptOutToken(TerritoryId territoryId, MemberId memberId, String token) {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(token, "token");
        boolean inserted = tx.insert("insert opt-out token", "INSERT INTO " + tables.appealOptOut()
                + " (territory_id, member_id, token) VALUES (?, ?, ?)", ps -> {
                    ps.setString(1, territoryId.value());
                    ps.setString(2, memberId.value());
                    ps.setString(3, token);
                });
        if (!inserted) {
            throw new ConflictException("opt-out token", memberId);
        }
    }

    @Override
    public boolean deleteOptOutToken(TerritoryId territoryId, MemberId memberId) {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(memberId, "memberId");
        return tx.update("delete opt-out token", "opt-out token", "DELETE FROM " + tables.appealOptOut()
                + " WHERE territory_id = ? AND member_id = ?", ps -> {
                    ps.setString(1, territoryId.value());
                    ps.setString(2, memberId.value());
                }) > 0;
    }

    @Override
    public Map<MemberId, String> optOutTokens(TerritoryId territoryId, Collection<MemberId> memberIds) {
        Objects.requireNonNull(territoryId, "territoryId");
        List<MemberId> ids = List.copyOf(Objects.requireNonNull(memberIds, "memberIds"));
        Map<MemberId, String> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        tx.list("read opt-out tokens", "SELECT member_id, token FROM " + tables.appealOptOut()
                + " WHERE territory_id = ? AND member_id IN (" + JdbcTransaction.placeholders(ids.size()) + ")", ps -> {
                    ps.setString(1, territoryId.value());
                    for (int i = 0; i < ids.size(); i++) {
                        ps.setString(i + 2, ids.get(i).value());
                    }
                }, rs -> found.put(MemberId.of(rs.getString(1)), rs.getString(2)));
        return found;
    }

    @Override
    public Optional<MemberId> optOutMember(TerritoryId territoryId, String token) {
        Objects.requireNonNull(territoryId, "territoryId");
        Objects.requireNonNull(token, "token");
        return tx.one("find opt-out token", "SELECT member_id FROM " + tables.appealOptOut()
                + " WHERE territory_id = ? AND token = ?", ps -> {
                    ps.setString(1, territoryId.value());
                    ps.setString(2, token);
                }, rs -> MemberId.of(rs.getString(1)));
    }
}
