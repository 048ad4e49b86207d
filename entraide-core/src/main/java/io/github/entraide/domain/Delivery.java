package io.github.entraide.domain;

/**
 * How help of a category is given.
 */
public enum Delivery {
    /** At a distance (phone, video): distance between the people does not matter. */
    REMOTE,
    /** Face to face: the helper's radius applies. */
    IN_PERSON
}
