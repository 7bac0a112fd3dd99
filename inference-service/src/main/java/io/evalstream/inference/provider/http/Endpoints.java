package io.evalstream.inference.provider.http;

import io.evalstream.contracts.ModelRef;
import io.evalstream.inference.provider.ModelCallException;
import java.net.URI;

/**
 * Base URLs and API paths. A base URL may be given with or without its {@code /v1} (SDKs disagree), so
 * {@code http://host:8000} and {@code http://host:8000/v1} both reach {@code http://host:8000/v1/...}.
 */
public final class Endpoints {
    private Endpoints() {
    }

    /** The model's base URL, or {@code fallback} (the public API) when it names none; no trailing slash. */
    public static String baseUrl(ModelRef model, String fallback) {
        String base = model.baseUrl() == null || model.baseUrl().isBlank() ? fallback : model.baseUrl().trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    /** {@code base} + {@code /v1} + {@code path}, without doubling a {@code /v1} already in the base. */
    public static URI resolve(String base, String v1Path) {
        String root = base.endsWith("/v1") ? base.substring(0, base.length() - 3) : base;
        try {
            URI uri = URI.create(root + "/v1" + v1Path);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ModelCallException("BAD_REQUEST", null, "invalid base URL '" + base + "': " + e.getMessage());
        }
    }
}
