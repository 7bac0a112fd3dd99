package io.evalstream.item.kind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Converts item content to and from its stored JSON payload, and renders the canonical form the content hash
 * is computed over. A private mapper, because the canonical form must not change when someone customises
 * the application's REST mapper.
 */
public final class ItemCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ItemKinds kinds;

    public ItemCodec(ItemKinds kinds) {
        this.kinds = kinds;
    }

    /** The kind's content record as JSON, which is what the {@code payload} column holds. */
    public String payload(ParsedItem<?> item) {
        try {
            return MAPPER.writeValueAsString(item.content());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write content of item " + item.id(), e);
        }
    }

    /** Reads a stored item back; the payload was written by {@link #payload}, so a failure is a bug or a corrupt row. */
    public ParsedItem<?> read(String id, String kindName, String payload, List<String> slices) {
        return read(id, kinds.get(kindName), payload, slices);
    }

    private static <T> ParsedItem<T> read(String id, ItemKind<T> kind, String payload, List<String> slices) {
        try {
            return new ParsedItem<>(id, kind, MAPPER.readValue(payload, kind.contentType()), slices);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payload of item " + id + " is not a " + kind.name(), e);
        }
    }

    /**
     * One line per item in a fixed field order: what "identical content" means for idempotent imports.
     * Whitespace, key order and unknown fields of the uploaded file do not change it.
     */
    public String canonicalLine(ParsedItem<?> item) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("id", item.id());
        line.put("kind", item.kind().name());
        line.set("slices", MAPPER.valueToTree(item.slices()));
        line.set("content", MAPPER.valueToTree(item.content()));
        return line.toString();
    }
}
