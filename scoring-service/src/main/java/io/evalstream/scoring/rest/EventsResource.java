package io.evalstream.scoring.rest;

import io.evalstream.scoring.stream.LiveEvents;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Live progress of every run, for the dashboard's run list. */
@Path("/api/events")
@Tag(name = "runs")
public class EventsResource {
    private final LiveEvents liveEvents;
    private final LiveEventWriter writer;

    public EventsResource(LiveEvents liveEvents, LiveEventWriter writer) {
        this.liveEvents = liveEvents;
        this.writer = writer;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Progress events of every recently active run (text/event-stream, never ends)")
    public Multi<OutboundSseEvent> events(@Context Sse sse) {
        return liveEvents.allRuns().map(event -> writer.toSse(sse, event));
    }
}
