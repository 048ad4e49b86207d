/**
 * The mutual-aid domain: territories and communes, members, help categories, offers, requests
 * and introductions, and the {@link io.github.entraide.domain.Actor} every use case is called
 * with. Entities are immutable; each has a factory that creates it and one that rebuilds it from
 * storage.
 */
package io.github.entraide.domain;
