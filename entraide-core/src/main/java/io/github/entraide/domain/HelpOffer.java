package io.github.entraide.domain;

import io.github.entraide.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A helper's offer of one category of help. Immutable: changes return a new instance and the
 * storage adapter bumps {@link #version()}.
 *
 * <p>{@link #load()} counts the introductions in progress (proposed or accepted) and never
 * exceeds {@link #capacity()}: every change of load goes through a versioned update, so two
 * concurrent introductions cannot both take the last place.
 */
public final class HelpOffer {
    /** Largest radius a helper can give, in kilometres. */
    public static final double MAX_RADIUS_KM = 100;
    /** Largest capacity a helper can give. */
    public static final int MAX_CAPACITY = 20;

    private final OfferId id;
    private final TerritoryId territoryId;
    private final MemberId helperId;
    private final CategoryId categoryId;
    private final CoarseLocation location;
    private final GeoPoint point;
    private final double radiusKm;
    private final WeeklyAvailability availability;
    private final Set<String> languages;
    private final int capacity;
    private final int load;
    private final String freeText;
    private final OfferStatus status;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Optional<Instant> lastHelpedAt;
    private final long version;

    private HelpOffer(OfferId id, TerritoryId territoryId, MemberId helperId, CategoryId categoryId,
            CoarseLocation location, GeoPoint point, double radiusKm, WeeklyAvailability availability,
            Set<String> languages, int capacity, int load, String freeText, OfferStatus status, Instant createdAt,
            Instant updatedAt, Optional<Instant> lastHelpedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.territoryId = Objects.requireNonNull(territoryId, "territoryId");
        this.helperId = Objects.requireNonNull(helperId, "helperId");
        this.categoryId = Objects.requireNonNull(categoryId, "categoryId");
        this.location = Objects.requireNonNull(location, "location");
        this.point = Objects.requireNonNull(point, "point");
        this.radiusKm = Checks.inRange(radiusKm, 0, MAX_RADIUS_KM, "radiusKm");
        this.availability = Objects.requireNonNull(availability, "availability");
        Checks.noNulls(languages, "languages");
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("an offer needs at least one language");
        }
        this.languages = Set.copyOf(new TreeSet<>(languages));
        this.capacity = Checks.inRange(capacity, 1, MAX_CAPACITY, "capacity");
        this.load = Checks.inRange(load, 0, capacity, "load");
        this.freeText = Objects.requireNonNull(freeText, "freeText");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.lastHelpedAt = Objects.requireNonNull(lastHelpedAt, "lastHelpedAt");
        this.version = version;
    }

    /**
     * Creates an offer.
     *
     * @param id the identifier
     * @param territoryId the territory
     * @param helperId the helper
     * @param categoryId the category
     * @param location the helper's coarse location
     * @param point the point distances are measured from (the rounded point or the commune's centroid)
     * @param radiusKm how far the helper goes for in-person help
     * @param availability when the helper is available
     * @param languages ISO 639 language codes the helper speaks (at least one)
     * @param capacity how many people the helper helps at once
     * @param freeText the helper's words
     * @param status the first status (published, or pending review)
     * @param now the creation instant
     * @return the offer, with no load
     */
    public static HelpOffer create(OfferId id, TerritoryId territoryId, MemberId helperId, CategoryId categoryId,
            CoarseLocation location, GeoPoint point, double radiusKm, WeeklyAvailability availability,
            Set<String> languages, int capacity, String freeText, OfferStatus status, Instant now) {
        if (status != OfferStatus.PUBLISHED && status != OfferStatus.PENDING_REVIEW) {
            throw new IllegalArgumentException("a new offer is published or pending review, not " + status);
        }
        return new HelpOffer(id, territoryId, helperId, categoryId, location, point, radiusKm, availability, languages,
                capacity, 0, freeText, status, now, now, Optional.empty(), 0);
    }

    /**
     * Rebuilds an offer from storage. For storage adapters.
     *
     * @param id the identifier
     * @param territoryId the territory
     * @param helperId the helper
     * @param categoryId the category
     * @param location the coarse location
     * @param point the point distances are measured from
     * @param radiusKm the radius
     * @param availability the availability
     * @param languages the languages
     * @param capacity the capacity
     * @param load the introductions in progress
     * @param freeText the free text
     * @param status the status
     * @param createdAt when created
     * @param updatedAt when last changed
     * @param lastHelpedAt when the helper last completed help through this offer
     * @param version the stored version
     * @return the offer
     */
    public static HelpOffer reconstitute(OfferId id, TerritoryId territoryId, MemberId helperId,
            CategoryId categoryId, CoarseLocation location, GeoPoint point, double radiusKm,
            WeeklyAvailability availability, Set<String> languages, int capacity, int load, String freeText,
            OfferStatus status, Instant createdAt, Instant updatedAt, Optional<Instant> lastHelpedAt, long version) {
        return new HelpOffer(id, territoryId, helperId, categoryId, location, point, radiusKm, availability, languages,
                capacity, load, freeText, status, createdAt, updatedAt, lastHelpedAt, version);
    }

    /** @return the identifier */
    public OfferId id() {
        return id;
    }

    /** @return the territory */
    public TerritoryId territoryId() {
        return territoryId;
    }

    /** @return the helper */
    public MemberId helperId() {
        return helperId;
    }

    /** @return the category */
    public CategoryId categoryId() {
        return categoryId;
    }

    /** @return the helper's coarse location */
    public CoarseLocation location() {
        return location;
    }

    /** @return the point distances are measured from */
    public GeoPoint point() {
        return point;
    }

    /** @return how far the helper goes for in-person help, in kilometres */
    public double radiusKm() {
        return radiusKm;
    }

    /** @return when the helper is available */
    public WeeklyAvailability availability() {
        return availability;
    }

    /** @return the ISO 639 codes of the languages the helper speaks */
    public Set<String> languages() {
        return languages;
    }

    /** @return how many people the helper helps at once */
    public int capacity() {
        return capacity;
    }

    /** @return the introductions in progress (proposed or accepted) */
    public int load() {
        return load;
    }

    /** @return the places left: capacity minus load */
    public int remainingCapacity() {
        return capacity - load;
    }

    /** @return the helper's words (personal data) */
    public String freeText() {
        return freeText;
    }

    /** @return the status */
    public OfferStatus status() {
        return status;
    }

    /** @return whether the offer is published */
    public boolean isPublished() {
        return status == OfferStatus.PUBLISHED;
    }

    /** @return when created */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when last changed */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return when the helper last completed help through this offer */
    public Optional<Instant> lastHelpedAt() {
        return lastHelpedAt;
    }

    /** @return the stored version */
    public long version() {
        return version;
    }

    private HelpOffer copy(CoarseLocation newLocation, GeoPoint newPoint, double newRadius,
            WeeklyAvailability newAvailability, Set<String> newLanguages, int newCapacity, int newLoad,
            String newText, OfferStatus newStatus, Instant now, Optional<Instant> newLastHelped, long newVersion) {
        return new HelpOffer(id, territoryId, helperId, categoryId, newLocation, newPoint, newRadius, newAvailability,
                newLanguages, newCapacity, newLoad, newText, newStatus, createdAt, now, newLastHelped, newVersion);
    }

    /**
     * This offer with new terms.
     *
     * @param newRadius the radius
     * @param newAvailability the availability
     * @param newLanguages the languages
     * @param newCapacity the capacity, not below the current load
     * @param newText the free text
     * @param newStatus the status after the edit (published, or pending review)
     * @param now when edited
     * @return the changed offer
     */
    public HelpOffer edited(double newRadius, WeeklyAvailability newAvailability, Set<String> newLanguages,
            int newCapacity, String newText, OfferStatus newStatus, Instant now) {
        requireNotFinal();
        if (newCapacity < load) {
            throw new IllegalStateException("capacity " + newCapacity + " is below the current load " + load);
        }
        return copy(location, point, newRadius, newAvailability, newLanguages, newCapacity, load, newText, newStatus,
                now, lastHelpedAt, version);
    }

    /**
     * This offer in another status.
     *
     * @param newStatus the status
     * @param now when changed
     * @return the changed offer
     * @throws IllegalStateException if the offer is withdrawn or removed
     */
    public HelpOffer withStatus(OfferStatus newStatus, Instant now) {
        requireNotFinal();
        return copy(location, point, radiusKm, availability, languages, capacity, load, freeText, newStatus, now,
                lastHelpedAt, version);
    }

    /**
     * This offer with one more introduction in progress.
     *
     * @param now when
     * @return the changed offer
     * @throws IllegalStateException if the offer is full or not published
     */
    public HelpOffer reserve(Instant now) {
        if (!isPublished()) {
            throw new IllegalStateException("offer " + id + " is " + status);
        }
        if (load >= capacity) {
            throw new IllegalStateException("offer " + id + " is at capacity " + capacity);
        }
        return copy(location, point, radiusKm, availability, languages, capacity, load + 1, freeText, status, now,
                lastHelpedAt, version);
    }

    /**
     * This offer with one introduction fewer in progress.
     *
     * @param now when
     * @param helped whether the introduction ended with help given (updates {@link #lastHelpedAt()})
     * @return the changed offer
     */
    public HelpOffer release(Instant now, boolean helped) {
        return copy(location, point, radiusKm, availability, languages, capacity, Math.max(0, load - 1), freeText,
                status, now, helped ? Optional.of(now) : lastHelpedAt, version);
    }

    /**
     * This offer with its free text replaced (erasure, retention).
     *
     * @param text the replacement
     * @param now when
     * @return the changed offer
     */
    public HelpOffer withFreeText(String text, Instant now) {
        return copy(location, point, radiusKm, availability, languages, capacity, load, text, status, now,
                lastHelpedAt, version);
    }

    /**
     * This offer with another version. For storage adapters.
     *
     * @param newVersion the version
     * @return the offer
     */
    public HelpOffer withVersion(long newVersion) {
        return copy(location, point, radiusKm, availability, languages, capacity, load, freeText, status, updatedAt,
                lastHelpedAt, newVersion);
    }

    private void requireNotFinal() {
        if (status.isFinal()) {
            throw new IllegalStateException("offer " + id + " is " + status);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HelpOffer x && id.equals(x.id) && territoryId.equals(x.territoryId)
                && helperId.equals(x.helperId) && categoryId.equals(x.categoryId) && location.equals(x.location)
                && point.equals(x.point) && radiusKm == x.radiusKm && availability.equals(x.availability)
                && languages.equals(x.languages) && capacity == x.capacity && load == x.load
                && freeText.equals(x.freeText) && status == x.status && createdAt.equals(x.createdAt)
                && updatedAt.equals(x.updatedAt) && lastHelpedAt.equals(x.lastHelpedAt) && version == x.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, territoryId, version);
    }

    /** Names no personal data. */
    @Override
    public String toString() {
        return "HelpOffer[" + territoryId + "/" + id + ", " + categoryId + ", " + status + ", " + load + "/" + capacity
                + ", v" + version + "]";
    }
}
