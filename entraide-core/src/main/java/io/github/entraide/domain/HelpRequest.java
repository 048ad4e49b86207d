package io.github.entraide.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request for one category of help, by a beneficiary or by a proxy on someone's behalf.
 * Immutable: changes return a new instance and the storage adapter bumps {@link #version()}.
 */
public final class HelpRequest {
    private final RequestId id;
    private final TerritoryId territoryId;
    private final MemberId requesterId;
    private final Optional<OnBehalfOf> onBehalfOf;
    private final CategoryId categoryId;
    private final String freeText;
    private final CoarseLocation location;
    private final GeoPoint point;
    private final Timing timing;
    private final Urgency urgency;
    private final Set<String> languages;
    private final Optional<Recurrence> recurrence;
    private final RequestStatus status;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Instant expiresAt;
    private final long version;

    private HelpRequest(RequestId id, TerritoryId territoryId, MemberId requesterId, Optional<OnBehalfOf> onBehalfOf,
            CategoryId categoryId, String freeText, CoarseLocation location, GeoPoint point, Timing timing,
            Urgency urgency, Set<String> languages, Optional<Recurrence> recurrence, RequestStatus status,
            Instant createdAt, Instant updatedAt, Instant expiresAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.territoryId = Objects.requireNonNull(territoryId, "territoryId");
        this.requesterId = Objects.requireNonNull(requesterId, "requesterId");
        this.onBehalfOf = Objects.requireNonNull(onBehalfOf, "onBehalfOf");
        this.categoryId = Objects.requireNonNull(categoryId, "categoryId");
        this.freeText = Objects.requireNonNull(freeText, "freeText");
        this.location = Objects.requireNonNull(location, "location");
        this.point = Objects.requireNonNull(point, "point");
        this.timing = Objects.requireNonNull(timing, "timing");
        this.urgency = Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(languages, "languages");
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a request needs at least one language");
        }
        this.languages = Set.copyOf(new TreeSet<>(languages));
        this.recurrence = Objects.requireNonNull(recurrence, "recurrence");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.version = version;
    }

    /**
     * Files a request.
     *
     * @param id the identifier
     * @param territoryId the territory
     * @param requesterId the member filing it (the beneficiary, or the proxy)
     * @param onBehalfOf the person helped when filed by a proxy
     * @param categoryId the category
     * @param freeText the words of the request
     * @param location where help is needed, coarsely
     * @param point the point distances are measured from
     * @param timing when
     * @param urgency how urgent
     * @param languages ISO 639 codes of the languages the person helped speaks (at least one)
     * @param recurrence the series, for a weekly request
     * @param status the first status (open, or pending review)
     * @param now the filing instant
     * @param expiresAt when it expires if nobody helps
     * @return the request
     */
    public static HelpRequest file(RequestId id, TerritoryId territoryId, MemberId requesterId,
            Optional<OnBehalfOf> onBehalfOf, CategoryId categoryId, String freeText, CoarseLocation location,
            GeoPoint point, Timing timing, Urgency urgency, Set<String> languages, Optional<Recurrence> recurrence,
            RequestStatus status, Instant now, Instant expiresAt) {
        if (status != RequestStatus.OPEN && status != RequestStatus.PENDING_REVIEW
                && status != RequestStatus.INTRODUCED) {
            throw new IllegalArgumentException("a new request is open, pending review or introduced, not " + status);
        }
        return new HelpRequest(id, territoryId, requesterId, onBehalfOf, categoryId, freeText, location, point, timing,
                urgency, languages, recurrence, status, now, now, expiresAt, 0);
    }

    /**
     * Rebuilds a request from storage. For storage adapters.
     *
     * @param id the identifier
     * @param territoryId the territory
     * @param requesterId the member who filed it
     * @param onBehalfOf the person helped when filed by a proxy
     * @param categoryId the category
     * @param freeText the words
     * @param location the coarse location
     * @param point the point distances are measured from
     * @param timing when
     * @param urgency how urgent
     * @param languages the languages
     * @param recurrence the series
     * @param status the status
     * @param createdAt when filed
     * @param updatedAt when last changed
     * @param expiresAt when it expires
     * @param version the stored version
     * @return the request
     */
    public static HelpRequest reconstitute(RequestId id, TerritoryId territoryId, MemberId requesterId,
            Optional<OnBehalfOf> onBehalfOf, CategoryId categoryId, String freeText, CoarseLocation location,
            GeoPoint point, Timing timing, Urgency urgency, Set<String> languages, Optional<Recurrence> recurrence,
            RequestStatus status, Instant createdAt, Instant updatedAt, Instant expiresAt, long version) {
        return new HelpRequest(id, territoryId, requesterId, onBehalfOf, categoryId, freeText, location, point, timing,
                urgency, languages, recurrence, status, createdAt, updatedAt, expiresAt, version);
    }

    /** @return the identifier */
    public RequestId id() {
        return id;
    }

    /** @return the territory */
    public TerritoryId territoryId() {
        return territoryId;
    }

    /** @return the member who filed it (beneficiary or proxy) */
    public MemberId requesterId() {
        return requesterId;
    }

    /** @return the person helped, when filed by a proxy */
    public Optional<OnBehalfOf> onBehalfOf() {
        return onBehalfOf;
    }

    /** @return whether the person helped is a minor */
    public boolean concernsMinor() {
        return onBehalfOf.map(OnBehalfOf::minor).orElse(false);
    }

    /** @return the category */
    public CategoryId categoryId() {
        return categoryId;
    }

    /** @return the words of the request (personal data) */
    public String freeText() {
        return freeText;
    }

    /** @return where help is needed, coarsely */
    public CoarseLocation location() {
        return location;
    }

    /** @return the point distances are measured from */
    public GeoPoint point() {
        return point;
    }

    /** @return when help is wanted */
    public Timing timing() {
        return timing;
    }

    /** @return how urgent */
    public Urgency urgency() {
        return urgency;
    }

    /** @return ISO 639 codes of the languages of the person helped */
    public Set<String> languages() {
        return languages;
    }

    /** @return the series, for a weekly request */
    public Optional<Recurrence> recurrence() {
        return recurrence;
    }

    /** @return the status */
    public RequestStatus status() {
        return status;
    }

    /** @return when filed */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when last changed */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return when it expires if nobody helps */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** @return the stored version */
    public long version() {
        return version;
    }

    private HelpRequest copy(String newText, RequestStatus newStatus, Instant now, long newVersion) {
        return new HelpRequest(id, territoryId, requesterId, onBehalfOf, categoryId, newText, location, point, timing,
                urgency, languages, recurrence, newStatus, createdAt, now, expiresAt, newVersion);
    }

    /**
     * This request in another status.
     *
     * @param newStatus the status
     * @param now when
     * @return the changed request
     * @throws IllegalStateException if the request is already fulfilled, cancelled or expired
     */
    public HelpRequest withStatus(RequestStatus newStatus, Instant now) {
        if (status.isFinal()) {
            throw new IllegalStateException("request " + id + " is " + status);
        }
        return copy(freeText, newStatus, now, version);
    }

    /**
     * This request with its free text replaced (edit, erasure, retention).
     *
     * @param text the replacement
     * @param now when
     * @return the changed request
     */
    public HelpRequest withFreeText(String text, Instant now) {
        return copy(text, status, now, version);
    }

    /**
     * This request with the person helped replaced (erasure, retention).
     *
     * @param replacement the replacement, or empty
     * @param now when
     * @return the changed request
     */
    public HelpRequest withOnBehalfOf(Optional<OnBehalfOf> replacement, Instant now) {
        return new HelpRequest(id, territoryId, requesterId, replacement, categoryId, freeText, location, point,
                timing, urgency, languages, recurrence, status, createdAt, now, expiresAt, version);
    }

    /**
     * This request with another version. For storage adapters.
     *
     * @param newVersion the version
     * @return the request
     */
    public HelpRequest withVersion(long newVersion) {
        return copy(freeText, status, updatedAt, newVersion);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HelpRequest x && id.equals(x.id) && territoryId.equals(x.territoryId)
                && requesterId.equals(x.requesterId) && onBehalfOf.equals(x.onBehalfOf)
                && categoryId.equals(x.categoryId) && freeText.equals(x.freeText) && location.equals(x.location)
                && point.equals(x.point) && timing.equals(x.timing) && urgency == x.urgency
                && languages.equals(x.languages) && recurrence.equals(x.recurrence) && status == x.status
                && createdAt.equals(x.createdAt) && updatedAt.equals(x.updatedAt) && expiresAt.equals(x.expiresAt)
                && version == x.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, territoryId, version);
    }

    /** Names no personal data. */
    @Override
    public String toString() {
        return "HelpRequest[" + territoryId + "/" + id + ", " + categoryId + ", " + status + ", v" + version + "]";
    }
}
