package io.github.entraide.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quickstart snippet compiles against the library and runs as shown. */
class ReadmeQuickstartCompilesTest {
    private static final String IMPORTS = String.join("\n",
            "import io.github.entraide.Entraide;",
            "import io.github.entraide.command.*;",
            "import io.github.entraide.domain.*;",
            "import io.github.entraide.service.*;",
            "import io.github.entraide.testkit.GrenobleFixture;",
            "import java.util.Set;");

    @Test
    void theQuickstartSnippetCompilesAndRuns(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Quickstart");
        assertThat(section).as("README has a Quickstart section").isPositive();
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String snippet = readme.substring(start, readme.indexOf("```", start));
        assertThat(snippet).contains("Entraide.builder()").contains("introductions().accept")
                .contains("RegisterMember.builder(").contains("FileRequest.builder(").contains("PublishOffer.builder(");
        assertThat(snippet.lines().count()).as("the quickstart stays short").isLessThanOrEqualTo(25);
        assertThat(readme).as("optional parts are omitted, never passed as Optional.empty()")
                .doesNotContain("Optional.empty()");
        assertThat(readme.lines().filter(l -> l.matches(".*([(,]\\s*(true|false)\\s*,|,\\s*(true|false)\\s*\\)).*")))
                .as("no bare boolean argument: booleans are named methods").isEmpty();

        Path source = dir.resolve("snippet/ReadmeQuickstart.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package snippet;\n" + IMPORTS + "\npublic class ReadmeQuickstart {\n"
                + "    public static void main(String[] args) {\n" + snippet + "\n    }\n}\n");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("-classpath", classPath, "-d", dir.toString(), "-proc:none"), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source.toFile()))
                .call();
        assertThat(compiled).as("README snippet compiles:%n%s", diagnostics).isTrue();

        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                getClass().getClassLoader())) {
            loader.loadClass("snippet.ReadmeQuickstart").getMethod("main", String[].class)
                    .invoke(null, (Object) new String[0]);
        }
        assertThat(new File(dir.toFile(), "snippet/ReadmeQuickstart.class")).exists();
    }
}
