package io.github.entraide.domain;

import io.github.entraide.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A crisis appeal: a short text, in French and in English, that a moderator of a territory sends to
 * the helpers who opted in to appeals ({@link ConsentPurpose#CRISIS_APPEALS}), optionally only to
 * those offering a category, living in some communes or within a circle. It keeps how many helpers
 * it reached, never who. Immutable; changes return a copy.
 */
public final class Appeal {
    private final AppealId id;
    private final TerritoryId territoryId;
    private final String sentBy;
    private final String textFr;
    private final String textEn;
    private final Optional<CategoryId> categoryId;
    private final SortedSet<String> communes;
    private final Optional<GeoCircle> area;
    private final AppealStatus status;
    private final int reachedCount;
    private final Optional<MemberId> resumeAfter;
    private final Instant createdAt;
    private final long version;

    private Appeal(AppealId id, TerritoryId territoryId, String sentBy, String textFr, String textEn,
            Optional<CategoryId> categoryId, Set<String> communes, Optional<GeoCircle> area, AppealStatus status,
            int reachedCount, Optional<MemberId> resumeAfter, Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.territoryId = Objects.requireNonNull(territoryId, "territoryId");
        this.sentBy = Checks.notBlank(sentBy, "sentBy");
        this.textFr = Checks.notBlank(textFr, "textFr");
        this.textEn = Checks.notBlank(textEn, "textEn");
        this.categoryId = Objects.requireNonNull(categoryId, "categoryId");
        this.communes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(
                Checks.noNulls(communes, "communes")));
        this.area = Objects.requireNonNull(area, "area");
        this.status = Objects.requireNonNull(status, "status");
        if (reachedCount < 0) {
            throw new IllegalArgumentException("reachedCount must not be negative, was " + reachedCount);
        }
        this.reachedCount = reachedCount;
        this.resumeAfter = Objects.requireNonNull(resumeAfter, "resumeAfter");
        if (status == AppealStatus.SENT && resumeAfter.isPresent()) {
            throw new IllegalArgumentException("a sent appeal keeps no recipient id");
        }
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
    }

    /**
     * A new appeal, {@link AppealStatus#SENDING}, that has reached nobody yet.
     *
     * @param id its id
     * @param territoryId the territory
     * @param sentBy who sends it: the moderator's audit name ({@link Actor#auditName()})
     * @param textFr the text in French
     * @param textEn the text in English
     * @param categoryId only helpers with a published offer in this category, if given
     * @param communes only helpers living in these communes (INSEE codes), if not empty
     * @param area only helpers whose coarse location lies in this circle, if given
     * @param now when
     * @return the appeal, at version 0
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if a text is blank
     */
    public static Appeal create(AppealId id, TerritoryId territoryId, String sentBy, String textFr, String textEn,
            Optional<CategoryId> categoryId, Set<String> communes, Optional<GeoCircle> area, Instant now) {
        return new Appeal(id, territoryId, sentBy, textFr, textEn, categoryId, communes, area, AppealStatus.SENDING,
                0, Optional.empty(), now, 0);
    }

    /**
     * An appeal read from storage, for adapters.
     *
     * @param id its id
     * @param territoryId the territory
     * @param sentBy who sent it
     * @param textFr the text in French
     * @param textEn the text in English
     * @param categoryId the category filter, if any
     * @param communes the communes filter, empty for none
     * @param area the circle filter, if any
     * @param status its status
     * @param reachedCount how many helpers it reached so far
     * @param createdAt when it was sent
     * @param version the stored version
     * @return the appeal
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if a text is blank or the count negative
     */
    public static Appeal reconstitute(AppealId id, TerritoryId territoryId, String sentBy, String textFr,
            String textEn, Optional<CategoryId> categoryId, Set<String> communes, Optional<GeoCircle> area,
            AppealStatus status, int reachedCount, Instant createdAt, long version) {
        return new Appeal(id, territoryId, sentBy, textFr, textEn, categoryId, communes, area, status, reachedCount,
                Optional.empty(), createdAt, version);
    }

    /**
     * An appeal read from storage with its progress, for adapters.
     *
     * @param id its id
     * @param territoryId the territory
     * @param sentBy who sent it
     * @param textFr the text in French
     * @param textEn the text in English
     * @param categoryId the category filter, if any
     * @param communes the communes filter, empty for none
     * @param area the circle filter, if any
     * @param status its status
     * @param reachedCount how many helpers it reached so far
     * @param resumeAfter while {@link AppealStatus#SENDING}, the id of the last recipient whose batch
     *     was written ({@link #resumeAfter()}); empty before the first batch and once sent
     * @param createdAt when it was sent
     * @param version the stored version
     * @return the appeal
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if a text is blank, the count negative, or a sent appeal has a
     *     {@code resumeAfter}
     */
    public static Appeal reconstitute(AppealId id, TerritoryId territoryId, String sentBy, String textFr,
            String textEn, Optional<CategoryId> categoryId, Set<String> communes, Optional<GeoCircle> area,
            AppealStatus status, int reachedCount, Optional<MemberId> resumeAfter, Instant createdAt, long version) {
        return new Appeal(id, territoryId, sentBy, textFr, textEn, categoryId, communes, area, status, reachedCount,
                resumeAfter, createdAt, version);
    }

    /** @return its id */
    public AppealId id() {
        return id;
    }

    /** @return the territory */
    public TerritoryId territoryId() {
        return territoryId;
    }

    /** @return who sent it: the moderator's or administrator's audit name */
    public String sentBy() {
        return sentBy;
    }

    /** @return the text in French */
    public String textFr() {
        return textFr;
    }

    /** @return the text in English */
    public String textEn() {
        return textEn;
    }

    /**
     * The text in a language: English for English, French otherwise.
     *
     * @param locale the reader's locale
     * @return the text
     */
    public String text(java.util.Locale locale) {
        return Locales.supported(locale).getLanguage().equals("en") ? textEn : textFr;
    }

    /** @return the category filter, if any */
    public Optional<CategoryId> categoryId() {
        return categoryId;
    }

    /** @return the communes filter (INSEE codes, sorted), empty for none */
    public SortedSet<String> communes() {
        return communes;
    }

    /** @return the circle filter, if any */
    public Optional<GeoCircle> area() {
        return area;
    }

    /** @return its status */
    public AppealStatus status() {
        return status;
    }

    /** @return how many helpers it reached (e-mails written to the outbox) */
    public int reachedCount() {
        return reachedCount;
    }

    /**
     * Where a stopped sending resumes: recipients are taken in the order of their ids, batch by
     * batch, and this is the id of the last recipient of the last batch written, in the same
     * transaction as that batch. Empty before the first batch, and cleared once
     * {@link AppealStatus#SENT}: who an appeal reached is never kept.
     *
     * @return the last recipient id written while sending, if any
     */
    public Optional<MemberId> resumeAfter() {
        return resumeAfter;
    }

    /** @return when it was sent */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return the stored version (0 before the first insert) */
    public long version() {
        return version;
    }

    /**
     * This appeal having reached more helpers.
     *
     * @param more how many more, at least 0
     * @return the copy
     * @throws IllegalArgumentException if negative
     */
    public Appeal reachedMore(int more) {
        if (more < 0) {
            throw new IllegalArgumentException("more must not be negative, was " + more);
        }
        return new Appeal(id, territoryId, sentBy, textFr, textEn, categoryId, communes, area, status,
                Math.addExact(reachedCount, more), resumeAfter, createdAt, version);
    }

    /**
     * This appeal with a batch written: it reached more helpers, and resumes after the batch's last
     * recipient.
     *
     * @param more how many more helpers it reached, at least 0
     * @param lastRecipient the id of the batch's last recipient (reached or skipped)
     * @return the copy, still {@link AppealStatus#SENDING}
     * @throws IllegalArgumentException if negative
     * @throws IllegalStateException if already sent
     */
    public Appeal batchWritten(int more, MemberId lastRecipient) {
        if (status == AppealStatus.SENT) {
            throw new IllegalStateException("appeal " + id + " is sent already");
        }
        Appeal counted = reachedMore(more);
        return new Appeal(id, territoryId, sentBy, textFr, textEn, categoryId, communes, area, status,
                counted.reachedCount, Optional.of(Objects.requireNonNull(lastRecipient, "lastRecipient")), createdAt,
                version);
    }

    /** @return this appeal {@link AppealStatus#SENT}, its {@link #resumeAfter()} cleared */
    public Appeal sent() {
        return new Appeal(id, territoryId, sentBy, textFr, textEn, categoryId, communes, area, AppealStatus.SENT,
                reachedCount, Optional.empty(), createdAt, version);
    }

    /**
     * @param newVersion the stored version
     * @return the copy at that version, for adapters
     */
    public Appeal withVersion(long newVersion) {
        return new Appeal(id, territoryId, sentBy, textFr, textEn, categoryId, communes, area, status, reachedCount,
                resumeAfter, createdAt, newVersion);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Appeal a && id.equals(a.id) && territoryId.equals(a.territoryId) && sentBy.equals(a.sentBy)
                && textFr.equals(a.textFr) && textEn.equals(a.textEn) && categoryId.equals(a.categoryId)
                && communes.equals(a.communes) && area.equals(a.area) && status == a.status
                && reachedCount == a.reachedCount && resumeAfter.equals(a.resumeAfter) && createdAt.equals(a.createdAt)
                && version == a.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, territoryId, status, reachedCount, version);
    }

    @Override
    public String toString() {
        return "Appeal[" + id + ", " + territoryId + ", " + status + ", reached " + reachedCount + "]";
    }
}
