package io.evalstream.inference.provider.http;

import java.util.Optional;

/**
 * Turns the name of a secret ({@code ModelRef.apiKeyEnv}) into its value. The one place keys are read, so that
 * tests can supply keys without an environment and nothing else ever holds one longer than a call.
 */
@FunctionalInterface
public interface SecretResolver {

    /** The value of secret {@code name}, empty when it is not set. */
    Optional<String> resolve(String name);
}
