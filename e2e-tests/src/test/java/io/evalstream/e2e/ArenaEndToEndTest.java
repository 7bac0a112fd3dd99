package io.evalstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.cli.client.ApiClient;
import io.evalstream.cli.command.ArenaCommand;
import io.evalstream.cli.stack.ProjectLayout;
import io.evalstream.cli.stack.ServiceName;
import io.evalstream.cli.stack.Stack;
import io.evalstream.cli.stack.StackOptions;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.Topics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import picocli.CommandLine;

/**
 * An arena through the three packaged services and the real broker: five built-in contestants of known quality
 * answer the built-in prompt set; four built-in judges of known bias (fair, always-first, prefers longer, prefers
 * arena-q4) judge every pair in both orders. Run with the {@code arena} CLI command; checked in its output and in
 * the REST report: the audit finds each judge's bias, the fair judge's order-averaged Bradley-Terry recovers the
 * quality order, and redelivered answers send no judge request twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArenaEndToEndTest {
    static final List<String> CONTESTANTS = List.of("builtin:arena-q8", "builtin:arena-q6", "builtin:arena-q4",
            "builtin:arena-q3-verbose", "builtin:arena-q2");
    static final List<String> JUDGES = List.of("builtin:judge-fair", "builtin:judge-first", "builtin:judge-longer",
            "builtin:judge-self:arena-q4");

    private Stack stack;
    private ApiClient api;
    private KafkaProbe kafka;
    private String output;
    private String runId;
    private JsonNode report;

    @BeforeAll
    void startStack() throws Exception {
        stack = Stack.start(ProjectLayout.discover(), StackOptions.ephemeral(), System.out);
        api = new ApiClient(stack.service(ServiceName.ITEM).baseUrl(), stack.service(ServiceName.SCORING).baseUrl());
        kafka = new KafkaProbe(stack.kafkaBootstrapServers());
    }

    @AfterAll
    void stopStack() {
        if (kafka != null) {
            kafka.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void theArenaCommandRunsTheArenaAndPrintsRatingsAndAudit() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ArenaCommand command = new ArenaCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code = new CommandLine(command).execute("--contestants", String.join(",", CONTESTANTS), "--judges",
                String.join(",", JUDGES), "--pairing", "all", "--item-url", stack.service(ServiceName.ITEM).baseUrl(),
                "--scoring-url", stack.service(ServiceName.SCORING).baseUrl(), "--timeout", "PT10M",
                "--reference-scores", "builtin:arena-q8=8,builtin:arena-q6=6,builtin:arena-q4=4,"
                        + "builtin:arena-q3-verbose=3,builtin:arena-q2=2");
        output = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(code).as(output).isZero();
        runId = command.runId();
        report = api.arena(runId);
        assertThat(output).contains("Arena run " + runId + " COMPLETED").contains("Ratings by judge builtin:judge-fair")
                .contains("Judge audit").contains("builtin:judge-first").contains("Agreement between judges")
                .contains("PairS vs reference");
        // the first rating row printed for the fair judge is the best contestant
        String fairSection = output.substring(output.indexOf("Ratings by judge builtin:judge-fair"));
        assertThat(fairSection.lines().skip(2).findFirst().orElseThrow()).contains("builtin:arena-q8");
        // 24 prompts x 10 pairs x 2 orders x 4 judges
        assertThat(report.path("games").path("judged").asLong() + report.path("games").path("unparsable").asLong())
                .isEqualTo(1920);
        assertThat(report.path("state").asText()).isEqualTo("COMPLETED");
    }

    @Test
    @Order(2)
    void theAuditFindsEachKnownBias() {
        JsonNode fair = audit("builtin:judge-fair");
        JsonNode first = audit("builtin:judge-first");
        JsonNode longer = audit("builtin:judge-longer");
        JsonNode self = audit("builtin:judge-self:arena-q4");
        assertThat(first.path("consistency").path("high").asDouble()).isLessThan(0.5);
        assertThat(first.path("firstBias").path("low").asDouble()).isGreaterThan(0.5);
        assertThat(fair.path("consistency").path("low").asDouble()).isGreaterThan(0.8);
        assertThat(fair.path("firstBias").path("estimate").asDouble()).isLessThan(0.1);
        assertThat(longer.path("lengthBias").path("low").asDouble()).isGreaterThan(0.5);
        assertThat(longer.path("lengthBias").path("estimate").asDouble())
                .isGreaterThan(fair.path("lengthBias").path("high").asDouble());
        assertThat(self.path("selfPreference").path("ownModel").asText()).isEqualTo("builtin:arena-q4");
        assertThat(self.path("selfPreference").path("low").asDouble()).isGreaterThan(0.05);
        assertThat(self.path("selfPreference").path("n").asLong()).isEqualTo(96); // 24 prompts x 4 pairs with q4
    }

    @Test
    @Order(3)
    void orderAveragedBradleyTerryOfTheFairJudgeRecoversTheQualityOrder() {
        JsonNode fair = ratings("builtin:judge-fair");
        List<String> order = new ArrayList<>();
        fair.path("bradleyTerry").forEach(r -> order.add(r.path("model").asText()));
        assertThat(order).containsExactlyElementsOf(CONTESTANTS);
        fair.path("bradleyTerry").forEach(r -> {
            assertThat(r.path("low").asDouble()).isLessThanOrEqualTo(r.path("rating").asDouble());
            assertThat(r.path("high").asDouble()).isGreaterThanOrEqualTo(r.path("rating").asDouble());
            assertThat(r.path("n").asInt()).isEqualTo(96);
        });
        assertThat(fair.path("pairs").path("spearman").asDouble()).isGreaterThan(0.85);
        assertThat(fair.path("winRates").path("models").size()).isEqualTo(5);
    }

    @Test
    @Order(4)
    void redeliveredAnswersSendNoJudgeRequestTwice() throws Exception {
        List<ConsumerRecord<String, String>> answers = new ArrayList<>();
        for (ConsumerRecord<String, String> record : kafka.readAll(Topics.EVAL_RESPONSES)) {
            if (record.value().contains(runId) && record.value().contains("\"purpose\":\"ANSWER\"")) {
                answers.add(record);
            }
        }
        assertThat(answers).hasSize(120);
        for (ConsumerRecord<String, String> record : answers.subList(0, 30)) {
            ResponseReceived response = EventCodec.decode(record.value(), ResponseReceived.class);
            kafka.send(Topics.EVAL_RESPONSES, null, response.key(), record.value());
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> kafka.lag("scoring-service", Topics.EVAL_RESPONSES) == 0);
        Set<String> ids = new HashSet<>();
        int judgeRequests = 0;
        for (ConsumerRecord<String, String> record : kafka.readAll(Topics.EVAL_REQUESTS)) {
            if (record.value().contains(runId) && record.value().contains("\"purpose\":\"JUDGE\"")) {
                EvaluationRequested request = EventCodec.decode(record.value(), EvaluationRequested.class);
                assertThat(request.purpose()).isEqualTo(Purpose.JUDGE);
                ids.add(request.requestId());
                judgeRequests++;
            }
        }
        assertThat(ids).hasSize(1920);
        assertThat(judgeRequests).isEqualTo(1920);
        assertThat(api.runResults(runId).path("received").asLong()).isEqualTo(2040);
    }

    private JsonNode audit(String judge) {
        for (JsonNode a : report.path("audit")) {
            if (a.path("judge").asText().equals(judge)) {
                return a;
            }
        }
        throw new AssertionError("no audit of " + judge + " in " + report);
    }

    private JsonNode ratings(String judge) {
        for (JsonNode r : report.path("ratings")) {
            if (r.path("judge").asText().equals(judge)) {
                return r;
            }
        }
        throw new AssertionError("no ratings by " + judge);
    }
}
