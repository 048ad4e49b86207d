/**
 * Territory statistics for a period ({@link io.github.entraide.statistics.TerritoryStatistics}) and
 * their open-data CSV export with small-count suppression, produced by
 * {@link io.github.entraide.service.StatisticsService}.
 */
package io.github.entraide.statistics;
