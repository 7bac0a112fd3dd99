package io.evalstream.item.importer;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every {@link DatasetFormat} bean by name; a duplicate name fails the start-up. */
@ApplicationScoped
public class DatasetFormats {
    private final Map<String, DatasetFormat> byName = new TreeMap<>();

    public DatasetFormats(@All List<DatasetFormat> formats) {
        for (DatasetFormat format : formats) {
            DatasetFormat previous = byName.putIfAbsent(format.name(), format);
            if (previous != null) {
                throw new IllegalStateException("two dataset formats are named " + format.name() + ": "
                        + previous.getClass().getName() + " and " + format.getClass().getName());
            }
        }
    }

    public Optional<DatasetFormat> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Name to description, sorted by name. */
    public Map<String, String> describe() {
        Map<String, String> out = new TreeMap<>();
        byName.forEach((name, format) -> out.put(name, format.description()));
        return out;
    }
}
