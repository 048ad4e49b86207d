package io.github.entraide.spring;

import io.github.entraide.spi.Storage;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link EntraideMetrics} when Micrometer is on the class path.
 */
@AutoConfiguration(after = EntraideAutoConfiguration.class)
@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
@ConditionalOnBean(Storage.class)
public class EntraideMetricsAutoConfiguration {

    /** Created by Spring. */
    public EntraideMetricsAutoConfiguration() {
    }

    /**
     * @param storage the storage
     * @param statistics the relay's delivery counters
     * @param clock the clock
     * @return the meters
     */
    @Bean
    @ConditionalOnMissingBean
    public EntraideMetrics entraideMetrics(Storage storage, RelayStatistics statistics, Clock clock) {
        return new EntraideMetrics(storage, statistics, clock);
    }
}
