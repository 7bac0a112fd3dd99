package io.evalstream.item.kind;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registry of item kinds by wire name. It collects every {@link ItemKind} bean, so registering a kind is
 * annotating its class; a duplicate name fails at start rather than silently shadowing a kind.
 */
@ApplicationScoped
public class ItemKinds {
    private final Map<String, ItemKind<?>> byName;

    @Inject
    public ItemKinds(Instance<ItemKind<?>> kinds) {
        this(kinds.stream().toList());
    }

    /** For tests and tools that run without CDI. */
    public ItemKinds(List<? extends ItemKind<?>> kinds) {
        Map<String, ItemKind<?>> map = new TreeMap<>();
        for (ItemKind<?> kind : kinds) {
            if (map.put(kind.name(), kind) != null) {
                throw new IllegalStateException("two item kinds are named " + kind.name());
            }
        }
        this.byName = Map.copyOf(map);
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

    /** Known names, sorted, for error messages. */
    public List<String> names() {
        return List.copyOf(new TreeMap<>(byName).keySet());
    }
}
