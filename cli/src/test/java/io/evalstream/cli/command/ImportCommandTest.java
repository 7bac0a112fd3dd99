package io.evalstream.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @Test
    void aDirectoryIsSentWholeNamedByPathsInsideIt(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios/low.csv"), "a,b");
        Files.writeString(dir.resolve("LICENSE.md"), "MIT");
        Path single = Files.writeString(dir.resolve("../extra.jsonl"), "{}");
        Map<String, String> files = ImportCommand.files(List.of(dir, single));
        assertThat(files).containsOnlyKeys("scenarios/low.csv", "LICENSE.md", "extra.jsonl");
        assertThat(files.get("scenarios/low.csv")).isEqualTo("a,b");
    }

    @Test
    void aMissingPathIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> ImportCommand.files(List.of(dir.resolve("nope.csv"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope.csv");
    }
}
