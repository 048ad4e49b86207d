/**
 * The demo city portal and the headless Grenoble scenario: server-rendered pages on the JDK's
 * built-in HTTP server over Entraide's use cases. {@link io.github.entraide.examples.portal.DemoPlatform}
 * is the one class that wires the library to its adapters; {@link io.github.entraide.examples.portal.Html}
 * escapes every value put into a page unless told otherwise.
 */
package io.github.entraide.examples.portal;
