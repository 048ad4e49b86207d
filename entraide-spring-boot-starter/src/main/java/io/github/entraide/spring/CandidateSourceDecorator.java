package io.github.entraide.spring;

import io.github.entraide.spi.CandidateSource;

/**
 * Wraps the candidate source the auto-configured {@code Entraide} uses, for instance to time its
 * queries ({@link EntraideMetrics} is one). Every bean of this type is applied, in bean order.
 *
 * <p>Implementations must be thread-safe and return a source with the same results.
 */
@FunctionalInterface
public interface CandidateSourceDecorator {
    /**
     * @param source the source to wrap
     * @return the wrapping source (never {@code null})
     */
    CandidateSource decorate(CandidateSource source);
}
