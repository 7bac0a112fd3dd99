package io.evalstream.inference.provider.http;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Keys from inference-service's environment variables (invariant 5: only this service reads them). */
@ApplicationScoped
@DefaultBean
public class EnvSecretResolver implements SecretResolver {

    @Override
    public Optional<String> resolve(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
