package io.evalstream.inference.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.ModelRef;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Providers are found by name; two with one name are refused at start, not resolved at random. */
class ProviderRegistryTest {

    @Test
    void findsByNameAndRefusesDuplicates() {
        ProviderRegistry registry = new ProviderRegistry(List.of(named("b"), named("a")));
        assertThat(registry.find("a")).isPresent();
        assertThat(registry.find("c")).isEmpty();
        assertThat(registry.all().keySet()).containsExactly("a", "b");
        assertThatThrownBy(() -> new ProviderRegistry(List.of(named("a"), named("a"))))
                .hasMessageContaining("two providers are named 'a'");
    }

    @Test
    void modelNameFallsBackToTheIdWithoutProviderPrefix() {
        assertThat(ModelNames.of(new ModelRef("builtin:oracle", "builtin", null, null))).isEqualTo("oracle");
        assertThat(ModelNames.of(new ModelRef("builtin:oracle", "builtin", null, "random"))).isEqualTo("random");
        assertThat(ModelNames.of(new ModelRef("gpt-4o", "openai", "default", null))).isEqualTo("gpt-4o");
    }

    private static ModelProvider named(String name) {
        return new ModelProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Uni<ModelResult> call(EvaluationRequested request) {
                return Uni.createFrom().nothing();
            }
        };
    }
}
