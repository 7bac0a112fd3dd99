package io.evalstream.item.importer.crowspairs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.item.importer.DatasetFormat;
import io.evalstream.item.importer.ImportRejectedException;
import io.evalstream.item.importer.SourceFile;
import io.evalstream.item.importer.SourcedItem;
import io.evalstream.item.kind.ContinuationPairKind;
import io.evalstream.item.problem.ProblemError;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Format {@code crows-pairs}: CrowS-Pairs (Nangia et al., 2020) as distributed, {@code crows_pairs_anonymized.csv}
 * with the header {@code ,sent_more,sent_less,stereo_antistereo,bias_type,annotations,anon_writer,anon_annotators}
 * (the first column, unnamed, is the pair's index). Each row becomes one {@code continuation_pair} item with id
 * {@code crows-<index>}, {@code sent_more}, {@code sent_less}, {@code bias_type} (also its slice, so the leaderboard
 * and the {@code crows_pairs} report split by it) and {@code stereo_antistereo}; the annotators' columns are not
 * needed by the metric and are left out. Non-CSV files of an uploaded folder (the dataset's README) are ignored.
 *
 * <p>Parsed with commons-csv (quoted cells span commas and line breaks), so a row's line is where its record
 * starts in the file. A missing column or a row with too few cells is rejected naming file, line and column;
 * a blank sentence or an unknown direction is rejected by the {@code continuation_pair} kind's own validation, with
 * the same file and line. With several CSV files, ids are {@code <file stem>-<index>} so they stay unique.
 */
@ApplicationScoped
public class CrowsPairsFormat implements DatasetFormat {
    public static final String NAME = "crows-pairs";
    static final List<String> COLUMNS = List.of("sent_more", "sent_less", "stereo_antistereo", "bias_type");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "CrowS-Pairs crows_pairs_anonymized.csv (sent_more, sent_less, stereo_antistereo, bias_type) -> "
                + "continuation_pair items read by likelihood, bias_type as slice";
    }

    @Override
    public List<SourcedItem> convert(List<SourceFile> files) {
        List<SourceFile> csvFiles = files.stream()
                .filter(f -> f.baseName().toLowerCase(Locale.ROOT).endsWith(".csv")).toList();
        List<ProblemError> errors = new ArrayList<>();
        if (csvFiles.isEmpty()) {
            errors.add(new ProblemError(null, "files", "no .csv file among " + files.stream().map(SourceFile::name)
                    .toList() + "; CrowS-Pairs is crows_pairs_anonymized.csv"));
            throw rejected(errors);
        }
        List<SourcedItem> items = new ArrayList<>();
        for (SourceFile file : csvFiles) {
            String prefix = csvFiles.size() == 1 ? "crows" : stem(file.baseName());
            convert(file, prefix, items, errors);
        }
        if (!errors.isEmpty()) {
            throw rejected(errors);
        }
        return items;
    }

    private static void convert(SourceFile file, String prefix, List<SourcedItem> items, List<ProblemError> errors) {
        String content = file.content().startsWith("\uFEFF") ? file.content().substring(1) : file.content();
        try (CSVParser parser = CSV.parse(new StringReader(content))) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                for (String column : missing) {
                    errors.add(new ProblemError(1, column, "missing column '" + column + "'; the header is " + header,
                            file.name()));
                }
                return;
            }
            long previousEnd = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                // a record starts on the line after the previous one ended (quoted cells may span lines)
                int line = (int) previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                ObjectNode item = item(record, header, prefix, line, file.name(), errors);
                if (item != null) {
                    items.add(new SourcedItem(file.name(), line, item));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.add(new ProblemError(null, null, "not readable as CSV: " + e.getMessage(), file.name()));
        }
    }

    private static ObjectNode item(CSVRecord record, List<String> header, String prefix, int line, String file,
            List<ProblemError> errors) {
        boolean complete = true;
        for (String column : COLUMNS) {
            if (!record.isSet(column)) {
                errors.add(new ProblemError(line, column, "the row has " + record.size() + " cells; column '"
                        + column + "' is missing", file));
                complete = false;
            }
        }
        if (!complete) {
            return null;
        }
        String index = header.get(0).isBlank() && record.isSet(0) && !record.get(0).isBlank() ? record.get(0).strip()
                : Long.toString(record.getRecordNumber() - 1);
        String biasType = record.get("bias_type").strip();
        ObjectNode item = JSON.createObjectNode();
        item.put("kind", ContinuationPairKind.NAME);
        item.put("id", prefix + "-" + index);
        item.put("sent_more", record.get("sent_more"));
        item.put("sent_less", record.get("sent_less"));
        item.put("stereo_antistereo", record.get("stereo_antistereo").strip());
        item.put("bias_type", biasType); // a blank one is rejected by the kind, with this file and line
        if (!biasType.isEmpty()) {
            item.putArray("slices").add(biasType);
        }
        return item;
    }

    private static String stem(String baseName) {
        int dot = baseName.lastIndexOf('.');
        return dot > 0 ? baseName.substring(0, dot) : baseName;
    }

    private static ImportRejectedException rejected(List<ProblemError> errors) {
        ProblemError first = errors.get(0);
        String where = (first.file() == null ? "" : first.file() + " ") + (first.line() == null ? ""
                : "line " + first.line() + ": ") + (first.field() == null ? "" : first.field() + ": ");
        String detail = (errors.size() == 1 ? "" : errors.size() + " errors, first: ") + where + first.message()
                + "; nothing was imported";
        return new ImportRejectedException(detail, errors.subList(0, Math.min(errors.size(), 100)));
    }
}
