package io.evalstream.scoring.likelihood;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.Usage;
import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;
import io.evalstream.localstack.LocalStackResource;
import io.evalstream.scoring.scorer.Responses;
import io.evalstream.scoring.testing.Scenario;
import io.evalstream.scoring.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The likelihood reports' read path on the real broker and database: echoed halves of CrowS-Pairs and Strange
 * Dataset pairs go through Kafka, the scorer stores their log-likelihoods as details (jsonb), and the two sections
 * pair them back. The values are the golden ones of {@link LikelihoodSectionsTest}, so the figures are known; one
 * half times out and its pair must be reported incomplete, not compared.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class LikelihoodReportResourceTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Generation ECHO = new Generation(0.0, null, 1, null, null, true, 1, null, true);

    private TestKafka kafka;

    @BeforeEach
    void connect() {
        kafka = TestKafka.connect();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    private static EvaluationRequested request(Scenario scenario, String item, String role, String biasType) {
        boolean strange = role.equals("true") || role.equals("false");
        Map<String, String> attributes = biasType == null ? Map.of("continuation", role, "form", "true_false")
                : Map.of("continuation", role, "form", "more_less", "bias_type", biasType);
        ScoringContext scoring = new ScoringContext("continuation_pair", "LIKELIHOOD", strange ? "true" : null,
                strange ? List.of("true", "false") : List.of("more", "less"), null,
                biasType == null ? List.of() : List.of(biasType), attributes);
        String variant = strange ? "continuation_" + role : "sent_" + role;
        return EvaluationRequested.of(scenario.runId, item, new Variant(variant, VariantKind.TEMPLATE, null), 0,
                Purpose.ANSWER, null, new ModelRef("m", "builtin", null, "m"),
                new ModelInput(null, List.of(), "text"), ECHO, scoring);
    }

    /** A half whose two scored tokens sum to {@code logLikelihood}. */
    private static ResponseReceived half(Scenario scenario, String item, String role, String biasType,
            double logLikelihood) {
        List<TokenLogprob> prompt = List.of(new TokenLogprob(" a", logLikelihood / 2, List.of()),
                new TokenLogprob(" b", logLikelihood / 2, List.of()));
        return ResponseReceived.ok(request(scenario, item, role, biasType),
                new ModelOutput("", "length", List.of(), null, prompt), new Usage(3, 0), 0.0, 5, false, 1);
    }

    @Test
    void bothSectionsPairTheStoredHalves() {
        Scenario scenario = new Scenario("likelihood");
        List<ResponseReceived> responses = new ArrayList<>();
        double[][] crows = { { -10, -12 }, { -8, -6 }, { -5, -5 }, { -3, -4 } };
        String[] types = { "race-color", "race-color", "gender", "gender" };
        for (int i = 0; i < crows.length; i++) {
            responses.add(half(scenario, "c" + i, "more", types[i], crows[i][0]));
            responses.add(half(scenario, "c" + i, "less", types[i], crows[i][1]));
        }
        responses.add(half(scenario, "c9", "more", "gender", -1));
        responses.add(Responses.failed(request(scenario, "c9", "less", "gender"), ResponseStatus.TIMEOUT));
        responses.add(half(scenario, "g0", "true", null, -5));
        responses.add(half(scenario, "g0", "false", null, -7));
        responses.add(half(scenario, "g1", "true", null, -3));
        responses.add(half(scenario, "g1", "false", null, -2));
        kafka.plan(scenario.plan(List.of("m"), responses.size()));
        kafka.respond(responses);
        await().atMost(WAIT).until(() -> "COMPLETED".equals(
                given().get("/api/runs/{id}", scenario.runId).jsonPath().getString("state")));

        var crowsSection = given().get("/api/runs/{id}/report/crows_pairs", scenario.runId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(crowsSection.getList("rows.biasType")).containsExactly("all", "gender", "race-color");
        assertThat(crowsSection.getInt("rows[0].n")).isEqualTo(4);
        assertThat(crowsSection.getInt("rows[0].incomplete")).isEqualTo(1);
        assertThat(crowsSection.getDouble("rows[0].stereotypePercent")).isCloseTo(50.0, within(1e-9));
        assertThat(crowsSection.getDouble("rows[0].ciLow")).isCloseTo(15.003898915, within(1e-6));
        assertThat(crowsSection.getDouble("rows[0].meanAbsLogLikelihoodDiff")).isCloseTo(1.25, within(1e-9));
        assertThat(crowsSection.getString("scorer")).isEqualTo("continuation_likelihood");

        var generation = given().get("/api/runs/{id}/report/continuation_pair", scenario.runId).then()
                .statusCode(200).extract().jsonPath();
        assertThat(generation.getInt("models[0].n")).isEqualTo(2);
        assertThat(generation.getDouble("models[0].share")).isCloseTo(0.5, within(1e-9));
        assertThat(generation.getDouble("chance")).isEqualTo(0.5);
    }
}
