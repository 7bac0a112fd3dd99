package io.evalstream.cli.command;

import io.evalstream.cli.client.ApiException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evalstream import --dataset NAME [--format F] PATH...}: a JSONL file, or published files read in place
 * (a directory is sent whole, each file named by its path inside it), imported atomically as the dataset's next
 * version. The conversion happens in item-service, so every client gets the same items and the same errors.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a dataset: one JSONL file, or with --format the files of a published dataset "
                + "(GET /api/datasets/formats lists them), e.g. --format crows-pairs "
                + "../shared/datasets/crows-pairs/crows_pairs_anonymized.csv")
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    ServiceUrls urls;

    @Option(names = "--dataset", required = true, description = "The dataset name (its next version is created).")
    String dataset;

    @Option(names = "--format", description = "A published format; without it the one PATH is evalstream JSONL.")
    String format;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
    List<Path> paths;

    private final PrintStream out;

    public ImportCommand() {
        this(System.out);
    }

    public ImportCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try {
            var result = format == null ? jsonl() : urls.client().importFormat(dataset, format, files(paths));
            out.printf("dataset %s version %s: %s items (%s)%n", result.path("name").asText(dataset),
                    result.path("version").asText("?"), result.path("items").asText("?"),
                    result.path("created").asBoolean(true) ? "new version" : "identical to the latest version");
            return 0;
        } catch (ApiException e) {
            System.err.println("evalstream import: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("evalstream import: " + e.getMessage());
            return 2;
        }
    }

    private com.fasterxml.jackson.databind.JsonNode jsonl() {
        if (paths.size() != 1 || Files.isDirectory(paths.get(0))) {
            throw new IllegalArgumentException("without --format, give exactly one JSONL file");
        }
        return urls.client().importJsonl(dataset, read(paths.get(0)));
    }

    /** Every regular file under {@code paths}, named relative to the directory given (a file: its own name). */
    static Map<String, String> files(List<Path> paths) {
        Map<String, String> files = new TreeMap<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("no such file or directory: " + path);
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(file -> files.put(
                            path.relativize(file).toString().replace('\\', '/'), read(file)));
                } catch (IOException e) {
                    throw new UncheckedIOException("reading " + path + ": " + e.getMessage(), e);
                }
            } else {
                files.put(path.getFileName().toString(), read(path));
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + ": " + e.getMessage(), e);
        }
    }
}
