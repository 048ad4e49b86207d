package io.github.entraide.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A beneficiary or proxy rewrites the free text of their request while it waits for a helper.
 *
 * @param territoryId the territory
 * @param requestId the request
 * @param freeText the new text
 */
public record EditRequest(
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String territoryId,
        @NotNull @Pattern(regexp = Constraints.IDENTIFIER, message = Constraints.IDENTIFIER_MESSAGE) String requestId,
        @NotBlank @Size(max = Constraints.MAX_FREE_TEXT) @Pattern(regexp = Constraints.MULTILINE_TEXT, message = Constraints.NO_CONTROL_MESSAGE) String freeText) {
}
