package io.evalstream.item.kind;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Strategy: round-trip stored payloads, and check the canonical line ignores the uploaded formatting. */
class ItemCodecTest {
    private final ItemCodec codec = new ItemCodec(ItemKinds.builtIn());

    @Test
    void payloadRoundTrips() {
        ParsedItem<MultipleChoice> item = new ParsedItem<>("q", new MultipleChoiceKind(),
                new MultipleChoice("Q?", List.of("a", "b"), 1), List.of("x"));

        ParsedItem<?> read = codec.read("q", "multiple_choice", codec.payload(item), List.of("x"));

        assertThat(read.kind().name()).isEqualTo("multiple_choice");
        assertThat(read.content()).isEqualTo(item.content());
        assertThat(read.id()).isEqualTo("q");
        assertThat(read.slices()).containsExactly("x");
    }

    @Test
    void canonicalLineIgnoresFormattingAndFieldOrder() {
        var parser = new io.evalstream.item.importer.JsonlParser(ItemKinds.builtIn(), 10, 10);
        ParsedItem<?> a = parser.parse("{\"kind\":\"true_false\",\"id\":\"s\",\"statement\":\"x\",\"label\":true}").get(0);
        ParsedItem<?> b = parser.parse("{ \"label\" : true, \"statement\":\"x\", \"id\":\"s\", \"kind\":\"true_false\","
                + " \"note\": \"ignored\" }").get(0);

        assertThat(codec.canonicalLine(a)).isEqualTo(codec.canonicalLine(b))
                .isEqualTo("{\"id\":\"s\",\"kind\":\"true_false\",\"slices\":[],\"content\":{\"statement\":\"x\",\"label\":true}}");
    }
}
