package io.evalstream.inference.provider.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;

/**
 * One provider call as data: where it goes, its body, its non-secret headers, how the key is sent, and how a
 * successful body is read. The key is not here: {@link HttpModelClient} resolves it at send time.
 *
 * @param provider  provider name, for messages
 * @param endpoint  the base URL: the unit of the concurrency limit
 * @param uri       the full URL
 * @param body      JSON request body
 * @param headers   extra headers (never a secret)
 * @param auth      how the key is sent
 * @param reader    reads a 2xx JSON body; throws {@link InvalidResponseException} when it lacks what it needs
 */
public record HttpCall(String provider, String endpoint, URI uri, String body, Map<String, String> headers,
        AuthStyle auth, Function<JsonNode, ProviderAnswer> reader) {
}
