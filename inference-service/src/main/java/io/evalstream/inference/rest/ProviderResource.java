package io.evalstream.inference.rest;

import io.evalstream.inference.provider.ProviderCapabilities;
import io.evalstream.inference.provider.ProviderRegistry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/providers}: which providers and models this instance can call, to check a run's models against. */
@Path("/api/providers")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderResource {
    private final ProviderRegistry registry;

    public ProviderResource(ProviderRegistry registry) {
        this.registry = registry;
    }

    /**
     * One provider: its name, the model names it knows (empty: any), whether it runs in-process, and what it
     * can read besides text (label probabilities, prompt likelihood, n>1).
     */
    public record ProviderView(String name, List<String> models, boolean inProcess, ProviderCapabilities capabilities) {
    }

    @GET
    public List<ProviderView> list() {
        return registry.all().values().stream()
                .map(p -> new ProviderView(p.name(), p.models(), p.inProcess(), p.capabilities()))
                .toList();
    }
}
