package io.evalstream.inference.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code evalstream.inference.cache.*}: the shared response cache (invariant 3). */
@ConfigMapping(prefix = "evalstream.inference.cache")
public interface ResponseCacheConfig {

    /**
     * Whether requests to providers doing I/O are looked up in, and their successful answers stored to,
     * {@code inference.response_cache}. Off: every request is called (the only opt-out until the request
     * contract carries a per-run one).
     */
    @WithDefault("true")
    boolean enabled();
}
