package io.evalstream.item.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.RunCancelled;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.contracts.Topics;
import io.evalstream.item.support.Jsonl;
import io.evalstream.item.support.TopicTail;
import io.evalstream.localstack.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Watches on the real broker and database: items present when a watch is created are its baseline and are not
 * evaluated; an item appended later over REST, and one produced to {@code eval-items}, are each planned once
 * under the watch's run with a grown {@code RunPlanned}; bad streamed items are dead-lettered with the reason;
 * deleting the watch cancels its run.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class WatchResourceTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static String item(String id, int answer) {
        return "{\"kind\":\"multiple_choice\",\"id\":\"" + id + "\",\"question\":\"Pick " + answer
                + "\",\"choices\":[\"zero\",\"one\",\"two\"],\"answer\":" + answer + "}";
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    @Test
    void itemsAddedLaterByRestAndByTheTopicAreEvaluatedOnceInTheWatchRun() throws Exception {
        String dataset = "watched-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType("application/x-ndjson").body(DatasetResourceTest.utf8(Jsonl.multipleChoice(3)))
                .post("/api/datasets/{name}/items", dataset).then().statusCode(201);
        try (TopicTail runs = TopicTail.open(Topics.EVAL_RUNS);
                TopicTail requests = TopicTail.open(Topics.EVAL_REQUESTS);
                TopicTail deadLetters = TopicTail.open(Topics.deadLetter(Topics.EVAL_ITEMS));
                KafkaProducer<String, String> producer = producer()) {
            JsonPath watch = given().contentType(ContentType.JSON)
                    .body("{\"dataset\":\"" + dataset + "\",\"models\":[\"builtin:oracle\",\"builtin:random\"]}")
                    .post("/api/watches").then().statusCode(201).extract().jsonPath();
            String watchId = watch.getString("id");
            String runId = watch.getString("runId");
            assertThat(runId).startsWith("watch-run-");
            assertThat(watch.getLong("expectedRequests")).isZero();
            RunPlanned opened = EventCodec.decode(runs.await(r -> runId.equals(r.key()), 1, WAIT).get(0).value(),
                    RunPlanned.class);
            assertThat(opened.expectedRequests()).isZero();

            // one new item over REST, appended to the latest version: 2 requests (one per model)
            given().contentType("application/x-ndjson")
                    .body((item("late-rest", 1) + "\n").getBytes(StandardCharsets.UTF_8))
                    .post("/api/datasets/{name}/items?append=true", dataset).then().statusCode(201)
                    .body("added", equalTo(1)).body("dataset.version", equalTo(2)).body("dataset.items", equalTo(4));
            List<ConsumerRecord<String, String>> first = requests.await(r -> r.key().startsWith(runId + ":"), 2, WAIT);
            assertThat(first).hasSize(2);
            assertThat(first).allSatisfy(r -> assertThat(
                    EventCodec.decode(r.value(), EvaluationRequested.class).itemId()).isEqualTo("late-rest"));
            assertThat(EventCodec.decode(runs.await(r -> runId.equals(r.key()), 1, WAIT).get(0).value(),
                    RunPlanned.class).expectedRequests()).isEqualTo(2);

            // one new item through eval-items, plus a bad one and one that changes an existing id
            producer.send(new ProducerRecord<>(Topics.EVAL_ITEMS, dataset,
                    "{\"dataset\":\"" + dataset + "\",\"item\":" + item("late-kafka", 2) + "}")).get();
            producer.send(new ProducerRecord<>(Topics.EVAL_ITEMS, dataset,
                    "{\"dataset\":\"" + dataset + "\",\"item\":{\"kind\":\"multiple_choice\",\"id\":\"bad\"}}")).get();
            producer.send(new ProducerRecord<>(Topics.EVAL_ITEMS, dataset,
                    "{\"dataset\":\"" + dataset + "\",\"item\":" + item("mc-0", 2) + "}")).get();
            producer.send(new ProducerRecord<>(Topics.EVAL_ITEMS, dataset, "not json")).get();
            List<ConsumerRecord<String, String>> second = requests.await(r -> r.key().startsWith(runId + ":"), 2,
                    WAIT);
            assertThat(second).hasSize(2);
            assertThat(second).allSatisfy(r -> assertThat(
                    EventCodec.decode(r.value(), EvaluationRequested.class).itemId()).isEqualTo("late-kafka"));
            RunPlanned grown = EventCodec.decode(runs.await(r -> runId.equals(r.key()), 1, WAIT).get(0).value(),
                    RunPlanned.class);
            assertThat(grown.expectedRequests()).isEqualTo(4);

            List<ConsumerRecord<String, String>> dead = deadLetters.await(r -> true, 3, WAIT);
            assertThat(dead).hasSize(3);
            List<String> reasons = dead.stream().map(r -> new String(r.headers().lastHeader("dead-letter-reason")
                    .value(), StandardCharsets.UTF_8)).toList();
            assertThat(reasons).anySatisfy(reason -> assertThat(reason).contains("item.question"));
            assertThat(reasons).anySatisfy(reason -> assertThat(reason).contains("already holds a different item 'mc-0'"));
            assertThat(reasons).anySatisfy(reason -> assertThat(reason).contains("not JSON"));

            given().get("/api/watches/{id}", watchId).then().statusCode(200).body("itemsEvaluated", equalTo(2))
                    .body("expectedRequests", equalTo(4)).body("runId", equalTo(runId));
            given().get("/api/watches").then().body("id", hasItem(watchId));
            given().get("/api/datasets/{name}", dataset).then().body("latestVersion", equalTo(3));

            // appending the same item again changes nothing
            given().contentType("application/x-ndjson")
                    .body((item("late-rest", 1) + "\n").getBytes(StandardCharsets.UTF_8))
                    .post("/api/datasets/{name}/items?append=true", dataset).then().statusCode(200)
                    .body("added", equalTo(0));
            assertThat(requests.await(r -> r.key().startsWith(runId + ":"), 1, Duration.ofSeconds(3))).isEmpty();

            given().post("/api/runs/{id}/cancel", runId).then().statusCode(409)
                    .contentType(startsWith("application/problem+json"));
            given().delete("/api/watches/{id}", watchId).then().statusCode(204);
            assertThat(EventCodec.decode(runs.await(r -> runId.equals(r.key()), 1, WAIT).get(0).value()))
                    .isInstanceOf(RunCancelled.class);
            given().get("/api/watches/{id}", watchId).then().statusCode(404);
        }
    }

    @Test
    void aWatchOfAnUnknownDatasetNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"dataset\":\"no-such-dataset\",\"models\":[\"builtin:oracle\"]}")
                .post("/api/watches").then().statusCode(400).body("errors[0].field", equalTo("dataset"));
    }
}
