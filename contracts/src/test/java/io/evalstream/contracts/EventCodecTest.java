package io.evalstream.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Round trips every event type and checks that invalid payloads are rejected with a reason naming the fault. */
class EventCodecTest {

    static EvaluationRequested request() {
        ScoringContext scoring = new ScoringContext("multiple_choice", "GENERATE", "B", List.of("A", "B", "C"), 2,
                List.of("self_ref"), Map.of("k", "v"));
        return EvaluationRequested.of("run-1", "item-1", new Variant("perm-1", VariantKind.PERMUTATION, List.of(2, 0, 1)),
                0, Purpose.ANSWER, null, new ModelRef("builtin:oracle", "builtin", null, "oracle"),
                ModelInput.chat("sys", "Which?"), Generation.greedy(8), scoring);
    }

    @Test
    void roundTripsEveryEventType() {
        EvaluationRequested request = request();
        List<Event> events = List.of(
                RunPlanned.of("run-1", "demo", 1, List.of("builtin:oracle"), new VariantPlan("CYCLIC", 1, "GENERATE", "zero_shot"), 30, List.of("choice")),
                RunPlanned.of("run-2", "prompts", 1, List.of("a", "b"), new VariantPlan("NONE", 1, "GENERATE", "zero_shot"), 6, List.of(),
                        new ArenaPlan(List.of("a", "b"), List.of(new ModelRef("builtin:judge-fair", "builtin", null, "judge-fair")),
                                ArenaPlan.ALL, null, 1, 7L, "pairwise-v1", "GENERATE", Map.of("j", "a"), Map.of("a", 2.0))),
                RunCancelled.of("run-1", "user"),
                request,
                ResponseReceived.ok(request, new ModelOutput("B", "stop",
                        List.of(new TokenLogprob("B", -0.1, List.of(new TopLogprob("B", -0.1), new TopLogprob("A", -2.3))))),
                        new Usage(10, 1), 0.0, 3, false, 1),
                ResponseReceived.failed(request, ResponseStatus.TIMEOUT, new ErrorInfo("TIMEOUT", null, "slow"), 30000, 3),
                SampleScored.of(request.requestId(), "run-1", "item-1", "perm-1", 0, "builtin:oracle", "choice", "letter",
                        ScoreValue.CORRECT, 1.0, "B", "B", List.of("self_ref"), null),
                RunStatusChanged.of("run-1", RunState.RUNNING, 30, 10, 0, null),
                RegressionDetected.of("run-2", "run-1", "demo", "builtin:first-option", "accuracy", 0.9, 0.5, -0.4,
                        1e-6, "mcnemar-exact", 300));
        for (Event event : events) {
            String json = EventCodec.encode(event);
            assertThat(json).contains("\"type\":\"" + event.type() + "\"").contains("\"schema\":1");
            assertThat(EventCodec.decode(json)).isEqualTo(event);
        }
    }

    @Test
    void modelRefCarriesEndpointAndKeyVariableNameAndOldPayloadsStillDecode() {
        EvaluationRequested base = request();
        ModelRef remote = new ModelRef("openai:gpt", "openai", "openai:gpt", "gpt", "http://localhost:8000",
                "OPENAI_API_KEY");
        EvaluationRequested request = EvaluationRequested.of("run-1", "item-1", base.variant(), 0, Purpose.ANSWER,
                null, remote, base.input(), base.generation(), base.scoring());
        String json = EventCodec.encode(request);
        assertThat(json).contains("\"baseUrl\":\"http://localhost:8000\"").contains("\"apiKeyEnv\":\"OPENAI_API_KEY\"");
        assertThat(((EvaluationRequested) EventCodec.decode(json)).model()).isEqualTo(remote);

        String old = EventCodec.encode(base).replace(",\"baseUrl\":null", "").replace(",\"apiKeyEnv\":null", "");
        assertThat(old).doesNotContain("baseUrl").doesNotContain("apiKeyEnv");
        ModelRef decoded = ((EvaluationRequested) EventCodec.decode(old)).model();
        assertThat(decoded.baseUrl()).isNull();
        assertThat(decoded.apiKeyEnv()).isNull();
        assertThat(decoded).isEqualTo(base.model());
    }

    @Test
    void additiveFieldsRoundTripAndAreLeftOutWhenUnset() {
        EvaluationRequested base = request();
        ModelRef priced = new ModelRef("openai:gpt", "openai", "openai:gpt", "gpt", "http://localhost:8000",
                "OPENAI_API_KEY", 0.15, 0.6, new EndpointLimits(8, 600, null));
        EvaluationRequested request = EvaluationRequested.of("run-1", "item-1", base.variant(), 0, Purpose.ANSWER,
                null, priced, base.input(), base.generation().withN(3).withEcho(true), base.scoring()).withCache(false);
        String json = EventCodec.encode(request);
        assertThat(json).contains("\"cache\":false").contains("\"n\":3").contains("\"echo\":true")
                .contains("\"inputUsdPerMillionTokens\":0.15").contains("\"requestsPerMinute\":600");
        EvaluationRequested decoded = (EvaluationRequested) EventCodec.decode(json);
        assertThat(decoded).isEqualTo(request);
        assertThat(decoded.cacheAllowed()).isFalse();
        assertThat(decoded.generation().choices()).isEqualTo(3);

        String old = EventCodec.encode(base);
        assertThat(old).doesNotContain("\"cache\"").doesNotContain("\"n\"").doesNotContain("echo")
                .doesNotContain("limits").doesNotContain("UsdPer");
        EvaluationRequested oldDecoded = (EvaluationRequested) EventCodec.decode(old);
        assertThat(oldDecoded.cacheAllowed()).isTrue();
        assertThat(oldDecoded.generation().choices()).isEqualTo(1);
        assertThat(oldDecoded.model().priced()).isFalse();

        ModelOutput several = new ModelOutput("A", "stop", null,
                List.of(new OutputChoice("A", "stop", null), new OutputChoice("B", "length", null)),
                List.of(new TokenLogprob(" the", -0.5, null)));
        ResponseReceived response = ResponseReceived.ok(request, several, new Usage(4, 2), 0.001, 3, false, 1);
        assertThat(EventCodec.decode(EventCodec.encode(response))).isEqualTo(response);
        assertThat(EventCodec.encode(ResponseReceived.ok(request, new ModelOutput("A", "stop", null), null, 0.0, 1,
                false, 1))).doesNotContain("choices").doesNotContain("promptLogprobs");
    }

    @Test
    void rejectsUnknownSchemaVersion() {
        String json = EventCodec.encode(RunCancelled.of("run-1", null)).replace("\"schema\":1", "\"schema\":2");
        assertThatThrownBy(() -> EventCodec.decode(json))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("unsupported event schema 2");
    }

    @Test
    void rejectsMissingRequiredFieldNamingIt() {
        String json = EventCodec.encode(request()).replaceAll("\"runId\":\"run-1\",", "");
        assertThatThrownBy(() -> EventCodec.decode(json))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("runId");
    }

    @Test
    void rejectsGarbageAndWrongType() {
        assertThatThrownBy(() -> EventCodec.decode("{not json")).isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> EventCodec.decode("[1,2]")).isInstanceOf(EventDecodingException.class);
        assertThatThrownBy(() -> EventCodec.decode("{\"schema\":1,\"type\":\"Nope\",\"id\":\"x\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}"))
                .isInstanceOf(EventDecodingException.class);
        String cancelled = EventCodec.encode(RunCancelled.of("r", null));
        assertThatThrownBy(() -> EventCodec.decode(cancelled, RunPlanned.class))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("expected RunPlanned");
    }

    @Test
    void ignoresUnknownFieldsBecauseAddingAFieldIsCompatible() {
        String json = EventCodec.encode(RunCancelled.of("run-9", "x")).replace("{", "{\"futureField\":42,");
        assertThat(((RunCancelled) EventCodec.decode(json)).runId()).isEqualTo("run-9");
    }

    @Test
    void decodesWhateverTheFieldOrderAndChecksTheSchemaWhereverItIs() {
        RunCancelled event = RunCancelled.of("run-1", "user");
        String reordered = "{\"runId\":\"run-1\",\"nested\":{\"schema\":2,\"type\":\"x\"},\"reason\":\"user\","
                + "\"id\":\"" + event.id() + "\",\"occurredAt\":\"" + event.occurredAt() + "\","
                + "\"type\":\"RunCancelled\",\"schema\":1}";
        assertThat(EventCodec.decode(reordered)).isEqualTo(event);

        String newer = reordered.replace("\"schema\":1}", "\"schema\":2}");
        assertThatThrownBy(() -> EventCodec.decode(newer)).isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("2");
        assertThatThrownBy(() -> EventCodec.decode(reordered.replace("\"schema\":1}", "\"schema\":\"1\"}")))
                .hasMessageContaining("non-integer field 'schema'");
        assertThatThrownBy(() -> EventCodec.decode(reordered.replace("\"type\":\"RunCancelled\",", "")))
                .hasMessageContaining("missing field 'type'");
        assertThatThrownBy(() -> EventCodec.decode("{\"type\":\"RunCancelled\",\"schema\":1,\"runId\":"))
                .hasMessageContaining("not JSON");
    }
}
