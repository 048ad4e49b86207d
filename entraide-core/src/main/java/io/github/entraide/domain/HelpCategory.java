package io.github.entraide.domain;

import io.github.entraide.internal.Checks;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of help in a territory's catalogue. Immutable.
 *
 * @param id the category's identifier, for example {@code groceries}
 * @param nameFr the name shown in French
 * @param nameEn the name shown in English
 * @param delivery remote or in person
 * @param mayInvolveMinor whether the help may be given to a minor (homework help): such
 *     requests come from a parent or guardian and the help is remote only
 * @param parent the category this one is a sub-type of, for the sub-types of "other help"
 */
public record HelpCategory(CategoryId id, String nameFr, String nameEn, Delivery delivery, boolean mayInvolveMinor,
        Optional<CategoryId> parent) {

    /**
     * Checks the category.
     *
     * @throws NullPointerException if a parameter is null
     * @throws IllegalArgumentException if a name is blank, or a category that may involve a
     *     minor is not remote
     */
    public HelpCategory {
        Objects.requireNonNull(id, "id");
        Checks.notBlank(nameFr, "nameFr");
        Checks.notBlank(nameEn, "nameEn");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(parent, "parent");
        if (mayInvolveMinor && delivery != Delivery.REMOTE) {
            throw new IllegalArgumentException("a category that may involve a minor must be remote: " + id);
        }
    }

    /**
     * The category's name in a locale: English for {@code en}, French otherwise.
     *
     * @param locale the locale
     * @return the name
     */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    /**
     * Whether the help is given at a distance.
     *
     * @return true for remote help
     */
    public boolean isRemote() {
        return delivery == Delivery.REMOTE;
    }
}
