package io.evalstream.item.dataset;

import io.evalstream.item.config.ItemConfig;
import io.evalstream.item.importer.JsonlParser;
import io.evalstream.item.kind.ItemCodec;
import io.evalstream.item.kind.ItemKinds;
import io.evalstream.item.kind.ParsedItem;
import io.evalstream.item.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import io.evalstream.item.importer.DatasetFormat;
import io.evalstream.item.importer.SourceFile;
import io.evalstream.item.problem.ProblemException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Dataset use cases: import a JSONL file as a new version (validating the whole file before the transaction
 * starts, so a bad file never touches the database), list datasets, and read items back for planning.
 */
@ApplicationScoped
public class DatasetService {
    private static final Logger LOG = Logger.getLogger(DatasetService.class);
    /** Names appear in URLs, topic payloads and file names: a conservative alphabet avoids escaping everywhere. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final JsonlParser parser;
    private final DatasetStore store;
    private final ItemCodec codec;

    public DatasetService(ItemKinds kinds, ItemConfig config, DatasetStore store, ItemCodec codec) {
        this.parser = new JsonlParser(kinds, config.imports().maxReportedErrors(), config.imports().maxItems());
        this.store = store;
        this.codec = codec;
    }

    /** Validates {@code jsonl} completely, then stores it as the next version of {@code name} (or finds it). */
    public ImportResult importJsonl(String name, String jsonl) {
        checkName(name);
        long start = System.nanoTime();
        List<ParsedItem<?>> items = parser.parse(jsonl);
        long parsed = System.nanoTime();
        ImportResult result = store.store(name, items);
        LOG.infof("dataset %s: %d items validated in %d ms, %s version %d in %d ms", name, items.size(),
                (parsed - start) / 1_000_000, result.created() ? "stored as" : "identical to", result.version(),
                (System.nanoTime() - parsed) / 1_000_000);
        return result;
    }

    /**
     * Converts {@code files} with {@code format}, validates every converted item as a JSONL line would be, then
     * stores them as the next version of {@code name} (or finds it): the same atomic rule as a JSONL import.
     */
    public ImportResult importFormat(String name, DatasetFormat format, List<SourceFile> files) {
        checkName(name);
        if (files.isEmpty()) {
            throw ProblemException.invalidField("files", "at least one file is needed for format " + format.name());
        }
        long start = System.nanoTime();
        List<ParsedItem<?>> items = parser.parseSourced(format.convert(files));
        long parsed = System.nanoTime();
        ImportResult result = store.store(name, items);
        LOG.infof("dataset %s: %d items converted from %d %s file(s) in %d ms, %s version %d", name, items.size(),
                files.size(), format.name(), (parsed - start) / 1_000_000,
                result.created() ? "stored as" : "identical to", result.version());
        return result;
    }

    /** Validates {@code jsonl} completely, then appends its items to the latest version (409 on a changed id). */
    public AppendResult appendJsonl(String name, String jsonl) {
        checkName(name);
        return store.append(name, parser.parse(jsonl), true);
    }

    /** Appends already validated items; conflicting ids are skipped and reported. */
    public AppendResult append(String name, List<ParsedItem<?>> items) {
        checkName(name);
        return store.append(name, items, false);
    }

    /** Validates one JSON item line as an import would (errors name the field). */
    public ParsedItem<?> parseItem(String line) {
        return parser.parse(line).get(0);
    }

    public static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ProblemException.invalidField("name",
                    "must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    @Transactional
    public List<DatasetSummary> list() {
        Map<String, List<Dataset>> byName = new LinkedHashMap<>();
        for (Dataset dataset : Dataset.<Dataset>list("order by name, version")) {
            byName.computeIfAbsent(dataset.name, n -> new ArrayList<>()).add(dataset);
        }
        List<DatasetSummary> summaries = new ArrayList<>(byName.size());
        byName.forEach((name, versions) -> {
            Dataset latest = versions.get(versions.size() - 1);
            summaries.add(new DatasetSummary(name, latest.version, versions.size(), latest.itemCount,
                    latest.contentHash, latest.createdAt));
        });
        return summaries;
    }

    @Transactional
    public DatasetDetail detail(String name) {
        List<Dataset> versions = Dataset.versions(name);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("no dataset named '" + name + "'");
        }
        return new DatasetDetail(name, versions.get(versions.size() - 1).version,
                versions.stream().map(DatasetVersion::of).toList());
    }

    /** The items of one dataset version in file order, bound to their kinds for planning. */
    @Transactional
    public List<ParsedItem<?>> items(long datasetId) {
        List<StoredItem> rows = Item.getEntityManager().createQuery("select new io.evalstream.item.dataset.StoredItem("
                + "i.externalId, i.kind, i.payload, i.slices) from Item i where i.datasetId = ?1 order by i.position",
                StoredItem.class).setParameter(1, datasetId).getResultList();
        List<ParsedItem<?>> items = new ArrayList<>(rows.size());
        for (StoredItem row : rows) {
            items.add(codec.read(row.externalId(), row.kind(), row.payload(), List.of(row.slices())));
        }
        return items;
    }
}
