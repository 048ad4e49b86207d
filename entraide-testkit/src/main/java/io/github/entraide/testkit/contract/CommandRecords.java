package io.github.entraide.testkit.contract;

import io.github.entraide.command.RegisterMember;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The command records of the core, read from its jar (or classes directory), for suites that must
 * cover every command: a command added to the core fails such a suite until it has a case.
 */
public final class CommandRecords {
    private static final String PACKAGE = "io.github.entraide.command";

    private CommandRecords() {
    }

    /**
     * The simple names of the records of package {@code io.github.entraide.command}.
     *
     * @return the names, sorted
     * @throws IllegalStateException if the core's classes cannot be listed
     */
    public static SortedSet<String> simpleNames() {
        try {
            Path location = Path.of(RegisterMember.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            SortedSet<String> records = new TreeSet<>();
            try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
                    Stream<Path> files = Files.list((jar == null ? location : jar.getPath("/"))
                            .resolve(PACKAGE.replace('.', '/')))) {
                for (Path file : files.collect(Collectors.toList())) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".class") && !name.contains("$") && !name.startsWith("package-info")) {
                        Class<?> type = Class.forName(PACKAGE + "." + name.replace(".class", ""));
                        if (type.isRecord()) {
                            records.add(type.getSimpleName());
                        }
                    }
                }
            }
            return records;
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot list the command records of the core", e);
        }
    }

}
