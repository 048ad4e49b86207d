package io.github.entraide.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void everyValueIsEscapedUnlessItIsAlreadyHtml() {
        Html safe = Html.of("<b>{}</b>", "<i>");
        assertThat(Html.of("<p title=\"{}\">{}{}</p>", "\"'><script>", "a & b", safe).toString())
                .isEqualTo("<p title=\"&quot;&#39;&gt;&lt;script&gt;\">a &amp; b<b>&lt;i&gt;</b></p>");
    }

    @Test
    void controlCharactersAndLoneSurrogatesBecomeReplacementCharacters() {
        assertThat(Html.text("a\u0000b\u001bc\ud800d\r\n").toString()).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\n");
        assertThat(Html.text("😀").toString()).isEqualTo("😀");
    }

    @Test
    void rawMarkupNeedsAnExplicitCallAndHolesMustMatchValues() {
        assertThat(Html.of("{}", Html.raw("<hr>")).toString()).isEqualTo("<hr>");
        assertThat(Html.of("{}", (Object) null).toString()).isEmpty();
        assertThatThrownBy(() -> Html.of("{} {}", "one")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Html.of("{}", "one", "two")).isInstanceOf(IllegalArgumentException.class);
    }
}
