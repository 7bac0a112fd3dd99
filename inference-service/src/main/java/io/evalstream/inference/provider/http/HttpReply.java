package io.evalstream.inference.provider.http;

import java.util.Map;
import java.util.Optional;

/**
 * An endpoint's whole answer, whatever its status: what {@link HttpModelClient} classifies and reads.
 *
 * @param status  HTTP status code
 * @param headers response headers, names in lower case, the first value of each
 * @param body    the body as text (the APIs answer JSON, or an error page)
 */
public record HttpReply(int status, Map<String, String> headers, String body) {

    public HttpReply {
        headers = Map.copyOf(headers);
    }

    /** The first value of header {@code name} (any case). */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }
}
