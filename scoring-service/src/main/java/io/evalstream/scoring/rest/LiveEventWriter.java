package io.evalstream.scoring.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.scoring.stream.LiveEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

/** Turns a live event into a named server-sent event whose data is JSON (the service's own ObjectMapper). */
@ApplicationScoped
public class LiveEventWriter {
    private final ObjectMapper mapper;

    public LiveEventWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    OutboundSseEvent toSse(Sse sse, LiveEvent event) {
        try {
            return sse.newEventBuilder()
                    .name(event.name())
                    .mediaType(MediaType.TEXT_PLAIN_TYPE)
                    .data(String.class, mapper.writeValueAsString(event.data()))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.name() + " event", e);
        }
    }
}
