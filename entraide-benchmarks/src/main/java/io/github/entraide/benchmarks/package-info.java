/** JMH benchmarks (not published). */
package io.github.entraide.benchmarks;
