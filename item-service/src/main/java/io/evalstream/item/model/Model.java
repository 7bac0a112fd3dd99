package io.evalstream.item.model;

import io.evalstream.contracts.ModelRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

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

    /**
     * How requests name this model: the endpoint reference is the model id; the base URL and the name of the key
     * variable travel with it so that inference-service can call the endpoint (it alone reads the key).
     */
    public ModelRef ref() {
        return new ModelRef(id, provider, id, modelName, baseUrl, apiKeyEnv);
    }
}
