/**
 * In-memory adapters of every port: thread-safe, the default for tests and demos, and the
 * reference the contract test kit checks other adapters against.
 */
package io.github.entraide.memory;
