package io.evalstream.item.kind;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registry of item kinds by wire name. It collects every {@link ItemKind} bean, so registering a kind is
 * annotating its class; a duplicate name fails at start rather than silently shadowing a kind. Each kind's JSON
 * Schema ({@link KindSchema}) is loaded here once, and a kind without one fails start-up, so no kind ships
 * without its published, checked shape ({@code @Startup}: built when the service starts, not at the first import).
 */
@ApplicationScoped
@Startup
public class ItemKinds {
    private final Map<String, ItemKind<?>> byName;
    private final Map<String, KindSchema> schemas;

    @Inject
    public ItemKinds(Instance<ItemKind<?>> kinds) {
        this(kinds.stream().toList());
    }

    /** For tests and tools that run without CDI. */
    public ItemKinds(List<? extends ItemKind<?>> kinds) {
        Map<String, ItemKind<?>> map = new TreeMap<>();
        Map<String, KindSchema> schemaMap = new TreeMap<>();
        for (ItemKind<?> kind : kinds) {
            if (map.put(kind.name(), kind) != null) {
                throw new IllegalStateException("two item kinds are named " + kind.name());
            }
            schemaMap.put(kind.name(), KindSchema.load(kind.name()));
        }
        this.byName = Map.copyOf(map);
        this.schemas = Map.copyOf(schemaMap);
    }

    /** The kinds item-service ships with, without CDI. */
    public static ItemKinds builtIn() {
        return new ItemKinds(List.of(new MultipleChoiceKind(), new TrueFalseKind(), new GenerationKind(),
                new ContinuationPairKind(), new SurveyKind(), new RewardPairKind(), new RatingKind(),
                new PairwiseKind(), new DilemmaKind()));
    }

    public Optional<ItemKind<?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public ItemKind<?> get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown item kind " + name));
    }

    /** The JSON Schema of a registered kind (every registered kind has one). */
    public KindSchema schema(String name) {
        KindSchema schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalArgumentException("unknown item kind " + name);
        }
        return schema;
    }

    /** Known names, sorted, for error messages. */
    public List<String> names() {
        return List.copyOf(new TreeMap<>(byName).keySet());
    }
}
