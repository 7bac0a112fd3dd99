package io.evalstream.cli.stack;

/** The three services, with the module that builds each and its default HTTP port. */
public enum ServiceName {
    ITEM("item-service", 8081),
    INFERENCE("inference-service", 8082),
    SCORING("scoring-service", 8080);

    private final String module;
    private final int defaultPort;

    ServiceName(String module, int defaultPort) {
        this.module = module;
        this.defaultPort = defaultPort;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
