package io.evalstream.item.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.evalstream.contracts.ArenaPlan;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.contracts.Topics;
import io.evalstream.item.support.TopicTail;
import io.evalstream.localstack.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Arena runs: the built-in prompt set, contestants' ANSWER requests, an expected count that includes every judge
 * request of the pairing plan, the arena plan (judges' model references, pairing) in RunPlanned for scoring-service,
 * and problems naming the bad field.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ArenaRunTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    static final String CONTESTANTS = "[\"builtin:arena-q8\",\"builtin:arena-q6\",\"builtin:arena-q4\",\"builtin:arena-q2\"]";

    @Test
    void anArenaRunAnnouncesItsPlanAndCountsTheJudgeRequests() {
        given().post("/api/datasets/arena-demo").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                .body("items", equalTo(24));
        // 24 prompts x 4 contestants answers + 24 x 3 pairs (each vs baseline) x 2 orders x 2 judges
        long expected = 24 * 4 + 24 * 3 * 2 * 2;
        try (TopicTail runs = TopicTail.open(Topics.EVAL_RUNS);
                TopicTail requests = TopicTail.open(Topics.EVAL_REQUESTS)) {
            String runId = given().contentType(ContentType.JSON).body("{\"suite\":\"arena-demo\",\"models\":"
                    + CONTESTANTS + ",\"arena\":{\"judges\":[\"builtin:judge-fair\",\"builtin:judge-first\"],"
                    + "\"pairing\":\"baseline:builtin:arena-q2\",\"referenceScores\":{\"builtin:arena-q8\":8}}}")
                    .post("/api/runs").then().statusCode(201).body("expectedRequests", equalTo((int) expected))
                    .extract().path("runId");
            RunPlanned planned = EventCodec.decode(runs.await(r -> runId.equals(r.key()), 1, WAIT).get(0).value(),
                    RunPlanned.class);
            assertThat(planned.expectedRequests()).isEqualTo(expected);
            ArenaPlan arena = planned.arena();
            assertThat(arena.pairing()).isEqualTo(ArenaPlan.BASELINE);
            assertThat(arena.baseline()).isEqualTo("builtin:arena-q2");
            assertThat(arena.pairsPerPrompt()).isEqualTo(3);
            assertThat(arena.judges()).extracting(j -> j.id())
                    .containsExactly("builtin:judge-fair", "builtin:judge-first");
            assertThat(arena.judges().get(0).provider()).isEqualTo("builtin");
            assertThat(arena.referenceScores()).containsEntry("builtin:arena-q8", 8.0);

            List<ConsumerRecord<String, String>> sent = requests.await(r -> r.key().startsWith(runId + ":"), 96, WAIT);
            assertThat(sent).hasSize(96); // item-service sends the answers only; judge requests come from scoring
            EvaluationRequested first = EventCodec.decode(sent.get(0).value(), EvaluationRequested.class);
            assertThat(first.scoring().kind()).isEqualTo("generation");
            assertThat(first.scoring().attributes()).containsKey("prompt");
            assertThat(first.generation().maxTokens()).isGreaterThan(100);
        }
    }

    @Test
    void badArenaRequestsAreProblemsNamingTheField() {
        given().post("/api/datasets/arena-demo").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        given().contentType(ContentType.JSON).body("{\"suite\":\"arena-demo\",\"models\":" + CONTESTANTS
                + ",\"arena\":{\"judges\":[\"builtin:nope\"],\"pairing\":\"sampled:99\"}}")
                .post("/api/runs").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("arena.judges[0]"))
                .body("errors.field", hasItem("arena.pairing"));
        given().contentType(ContentType.JSON).body("{\"suite\":\"arena-demo\",\"models\":[\"builtin:arena-q8\"],"
                + "\"arena\":{\"judges\":[\"builtin:judge-fair\"],\"pairing\":\"baseline:builtin:oracle\"}}")
                .post("/api/runs").then().statusCode(400)
                .body("errors.field", hasItem("models"))
                .body("errors.field", hasItem("arena.pairing"));
        given().contentType(ContentType.JSON).body("{\"suite\":\"arena-demo\",\"models\":" + CONTESTANTS
                + ",\"arena\":{\"judges\":[\"builtin:judge-fair\"],\"pairing\":\"sometimes\"}}")
                .post("/api/runs").then().statusCode(400)
                .body("detail", containsString("arena.pairing"));
    }

    @Test
    void anArenaNeedsAPromptSet() {
        String name = "not-prompts-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        given().contentType("application/x-ndjson").body(DatasetResourceTest.utf8("{\"kind\":\"true_false\",\"id\":\"t1\",\"statement\":\"x\",\"label\":true}\n"))
                .post("/api/datasets/{name}/items", name).then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"suite\":\"" + name + "\",\"models\":" + CONTESTANTS
                + ",\"arena\":{\"judges\":[\"builtin:judge-fair\"]}}")
                .post("/api/runs").then().statusCode(400).body("detail", containsString("generation"));
    }
}
