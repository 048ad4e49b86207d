package io.github.entraide.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A territory's catalogue of help categories. Immutable.
 */
public final class CategoryCatalogue {

    /** Essential groceries, in person: the most requested help of the model platform. */
    public static final CategoryId GROCERIES = CategoryId.of("groceries");
    /** Homework help, remote, may involve a minor. */
    public static final CategoryId HOMEWORK = CategoryId.of("homework");
    /** Conversation, remote: a friendly voice for an isolated person. */
    public static final CategoryId CONVERSATION = CategoryId.of("conversation");
    /** Other help; see its sub-types. */
    public static final CategoryId OTHER = CategoryId.of("other");
    /** Other help: walking a pet, in person. */
    public static final CategoryId PET_WALKING = CategoryId.of("other.pet-walking");
    /** Other help: IT help at a distance. */
    public static final CategoryId IT_HELP = CategoryId.of("other.it-help");
    /** Other help: administrative help at a distance. */
    public static final CategoryId ADMINISTRATIVE_HELP = CategoryId.of("other.administrative-help");
    /** Other help: making masks, handed over in person. */
    public static final CategoryId MASK_MAKING = CategoryId.of("other.mask-making");
    /** Other help: printing attestations, handed over in person. */
    public static final CategoryId PRINTING_ATTESTATIONS = CategoryId.of("other.printing-attestations");

    private final Map<CategoryId, HelpCategory> categories;

    private CategoryCatalogue(Map<CategoryId, HelpCategory> categories) {
        this.categories = categories;
    }

    /**
     * The four categories of the model platform and the sub-types of "other help".
     *
     * @return the default catalogue
     */
    public static CategoryCatalogue defaults() {
        Optional<CategoryId> top = Optional.empty();
        Optional<CategoryId> other = Optional.of(OTHER);
        return of(List.of(
                new HelpCategory(GROCERIES, "Courses de première nécessité", "Essential groceries", Delivery.IN_PERSON, false, top),
                new HelpCategory(HOMEWORK, "Aide aux devoirs à distance", "Remote homework help", Delivery.REMOTE, true, top),
                new HelpCategory(CONVERSATION, "Conversation à distance", "Remote conversation", Delivery.REMOTE, false, top),
                new HelpCategory(OTHER, "Autre aide", "Other help", Delivery.IN_PERSON, false, top),
                new HelpCategory(PET_WALKING, "Promenade d'animaux", "Pet walking", Delivery.IN_PERSON, false, other),
                new HelpCategory(IT_HELP, "Aide informatique à distance", "Remote IT help", Delivery.REMOTE, false, other),
                new HelpCategory(ADMINISTRATIVE_HELP, "Aide administrative à distance", "Remote administrative help",
                        Delivery.REMOTE, false, other),
                new HelpCategory(MASK_MAKING, "Confection de masques", "Mask making", Delivery.IN_PERSON, false, other),
                new HelpCategory(PRINTING_ATTESTATIONS, "Impression d'attestations", "Printing attestations",
                        Delivery.IN_PERSON, false, other)));
    }

    /**
     * A catalogue of the given categories, in that order.
     *
     * @param categories the categories
     * @return the catalogue
     * @throws IllegalArgumentException if two categories share an id or a parent is missing
     */
    public static CategoryCatalogue of(List<HelpCategory> categories) {
        Objects.requireNonNull(categories, "categories");
        Map<CategoryId, HelpCategory> map = new LinkedHashMap<>();
        for (HelpCategory c : categories) {
            Objects.requireNonNull(c, "categories element");
            if (map.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("duplicate category " + c.id());
            }
        }
        for (HelpCategory c : map.values()) {
            c.parent().ifPresent(p -> {
                if (!map.containsKey(p)) {
                    throw new IllegalArgumentException("category " + c.id() + " names a missing parent " + p);
                }
            });
        }
        return new CategoryCatalogue(Collections.unmodifiableMap(map));
    }

    /**
     * Looks a category up.
     *
     * @param id the category's id
     * @return the category, or empty if the catalogue has none with that id
     */
    public Optional<HelpCategory> find(CategoryId id) {
        return Optional.ofNullable(categories.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Every category, in catalogue order.
     *
     * @return the categories
     */
    public List<HelpCategory> all() {
        return List.copyOf(categories.values());
    }

    /**
     * This catalogue with one more category (or one replaced, if the id exists).
     *
     * @param category the category
     * @return the new catalogue
     */
    public CategoryCatalogue with(HelpCategory category) {
        List<HelpCategory> list = new ArrayList<>(categories.values());
        list.removeIf(c -> c.id().equals(category.id()));
        list.add(category);
        return of(list);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CategoryCatalogue other && categories.equals(other.categories);
    }

    @Override
    public int hashCode() {
        return categories.hashCode();
    }

    @Override
    public String toString() {
        return "CategoryCatalogue" + categories.keySet();
    }
}
