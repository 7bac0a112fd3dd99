package io.evalstream.item.model;

import io.evalstream.contracts.EndpointLimits;
import io.evalstream.contracts.ModelRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A model a run can ask. It names its credentials by environment variable ({@code apiKeyEnv}), never by value
 * (invariant 5): the key is resolved by inference-service, the only service that calls providers.
 */
@Entity
@Table(name = "model")
public class Model extends PanacheEntityBase {
    @Id
    public String id;

    @Column(nullable = false)
    public String provider;

    @Column(name = "base_url")
    public String baseUrl;

    @Column(name = "model_name")
    public String modelName;

    @Column(name = "api_key_env")
    public String apiKeyEnv;

    /** Seeded by the migration; cannot be replaced through the API. */
    @Column(nullable = false)
    public boolean builtin;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** USD per million input tokens; null when unknown. */
    @Column(name = "input_usd_per_million_tokens")
    public Double inputUsdPerMillionTokens;

    /** USD per million output tokens; null when unknown. */
    @Column(name = "output_usd_per_million_tokens")
    public Double outputUsdPerMillionTokens;

    @Column(name = "max_concurrency")
    public Integer maxConcurrency;

    @Column(name = "requests_per_minute")
    public Integer requestsPerMinute;

    @Column(name = "tokens_per_minute")
    public Integer tokensPerMinute;

    /** Declared capabilities ({@link ModelCapability#wireName()}); null: the provider's defaults. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "capabilities", columnDefinition = "text[]")
    public String[] capabilities;

    /** The endpoint limits, null when none is set. */
    public EndpointLimits limits() {
        EndpointLimits limits = new EndpointLimits(maxConcurrency, requestsPerMinute, tokensPerMinute);
        return limits.any() ? limits : null;
    }

    /** What the model can do: as declared, otherwise its provider's defaults. */
    public Set<ModelCapability> capabilitySet() {
        if (capabilities == null) {
            return ModelCapability.providerDefaults(provider);
        }
        Set<ModelCapability> set = EnumSet.noneOf(ModelCapability.class);
        Arrays.stream(capabilities).map(ModelCapability::fromWire).flatMap(java.util.Optional::stream).forEach(set::add);
        return set;
    }

    /**
     * How requests name this model: the endpoint reference is the model id; the base URL, the name of the key
     * variable, the price and the endpoint's limits travel with it so that inference-service can call the
     * endpoint within its limits and cost the answers (it alone reads the key).
     */
    public ModelRef ref() {
        return new ModelRef(id, provider, id, modelName, baseUrl, apiKeyEnv, inputUsdPerMillionTokens,
                outputUsdPerMillionTokens, limits());
    }
}
