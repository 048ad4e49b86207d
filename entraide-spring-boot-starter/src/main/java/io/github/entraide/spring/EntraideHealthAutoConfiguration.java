package io.github.entraide.spring;

import io.github.entraide.spi.Storage;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link EntraideHealthIndicator} (health component {@code entraide}) when the actuator
 * is on the class path.
 */
@AutoConfiguration(after = EntraideAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
@ConditionalOnBean(Storage.class)
public class EntraideHealthAutoConfiguration {

    /** Created by Spring. */
    public EntraideHealthAutoConfiguration() {
    }

    /**
     * @param storage the storage
     * @param statistics the relay's delivery counters
     * @param properties the settings
     * @param clock the clock
     * @return the health indicator
     */
    @Bean
    @ConditionalOnMissingBean(name = "entraideHealthIndicator")
    public EntraideHealthIndicator entraideHealthIndicator(Storage storage, RelayStatistics statistics,
            EntraideProperties properties, Clock clock) {
        return new EntraideHealthIndicator(storage, statistics, properties.getHealth(), clock);
    }
}
