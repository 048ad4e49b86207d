/**
 * Contract suites every storage adapter runs to prove itself against the rules of the ports of
 * {@code io.github.entraide.spi}: one abstract JUnit 5 class per port with a factory method
 * ({@code newStorage()}, an empty storage per test) and capability flags, each test documented
 * by the rule it enforces; {@link io.github.entraide.testkit.contract.StorageContract} runs them
 * all; {@link io.github.entraide.testkit.contract.ContractFixtures} builds the records they store.
 * {@link io.github.entraide.testkit.contract.PostgresDatabase} gives adapter tests a throw-away
 * PostgreSQL schema.
 */
package io.github.entraide.testkit.contract;
