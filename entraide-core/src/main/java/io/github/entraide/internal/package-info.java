/**
 * Implementation details, public for technical reasons only. Not API: may change in any release.
 */
package io.github.entraide.internal;
