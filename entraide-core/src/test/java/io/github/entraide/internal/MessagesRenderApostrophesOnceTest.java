package io.github.entraide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.entraide.RuleRefusedException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesRenderApostrophesOnceTest {

    @Test
    void frenchMessagesShowOneApostropheWithOrWithoutArguments() {
        assertThat(new RuleRefusedException("offer-not-published").message(Locale.FRENCH))
                .isEqualTo("Cette offre n'est pas publiée.");
        assertThat(new RuleRefusedException("role-missing", "HELPER").message(Locale.FRENCH))
                .isEqualTo("Ce compte n'a pas le rôle nécessaire (HELPER).");
        assertThat(new RuleRefusedException("own-request").message(Locale.ENGLISH))
                .isEqualTo("You cannot help yourself: choose someone else's offer.");
    }

    @Test
    void everyBundleLineUsesSingleApostrophes() {
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            assertThat(Messages.text(locale, "rule.helper-too-young")).doesNotContain("''");
            assertThat(Messages.text(locale, "validation.unknown")).doesNotContain("''");
        }
    }
}
