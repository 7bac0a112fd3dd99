package io.evalstream.inference.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every {@link ModelProvider} bean, by name. Built once at start; two providers claiming one name are a
 * deployment error, reported then rather than as a coin toss per request.
 */
@ApplicationScoped
public class ProviderRegistry {
    private final Map<String, ModelProvider> byName;

    @Inject
    public ProviderRegistry(@Any Instance<ModelProvider> providers) {
        this(providers.stream().toList());
    }

    public ProviderRegistry(Iterable<ModelProvider> providers) {
        Map<String, ModelProvider> map = new TreeMap<>();
        for (ModelProvider provider : providers) {
            ModelProvider previous = map.putIfAbsent(provider.name(), provider);
            if (previous != null) {
                throw new IllegalStateException("two providers are named '" + provider.name() + "': "
                        + previous.getClass().getName() + " and " + provider.getClass().getName());
            }
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /** The provider called {@code name}, if there is one. */
    public Optional<ModelProvider> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** All providers, sorted by name. */
    public Map<String, ModelProvider> all() {
        return byName;
    }
}
