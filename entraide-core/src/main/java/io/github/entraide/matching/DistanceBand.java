package io.github.entraide.matching;

/**
 * How far a helper is, as shown to people: a band, never an exact distance.
 */
public enum DistanceBand {
    /** Remote help: distance does not matter. */
    REMOTE("à distance", "remote"),
    /** Under 1 km. */
    UNDER_1_KM("< 1 km", "< 1 km"),
    /** From 1 to 3 km. */
    FROM_1_TO_3_KM("1–3 km", "1–3 km"),
    /** From 3 to 5 km. */
    FROM_3_TO_5_KM("3–5 km", "3–5 km"),
    /** From 5 to 10 km. */
    FROM_5_TO_10_KM("5–10 km", "5–10 km"),
    /** Over 10 km. */
    OVER_10_KM("> 10 km", "> 10 km");

    private final String labelFr;
    private final String labelEn;

    DistanceBand(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    /**
     * The band of a distance.
     *
     * @param remote whether the help is remote
     * @param distanceKm the distance in kilometres
     * @return the band (lower bounds inclusive: 1 km is "1–3 km")
     */
    public static DistanceBand of(boolean remote, double distanceKm) {
        if (remote) {
            return REMOTE;
        }
        if (distanceKm < 1) {
            return UNDER_1_KM;
        }
        if (distanceKm < 3) {
            return FROM_1_TO_3_KM;
        }
        if (distanceKm < 5) {
            return FROM_3_TO_5_KM;
        }
        return distanceKm < 10 ? FROM_5_TO_10_KM : OVER_10_KM;
    }

    /**
     * The label to show.
     *
     * @param locale French unless English
     * @return for example "1–3 km"
     */
    public String label(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }
}
