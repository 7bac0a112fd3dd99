package io.evalstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.cli.bench.SyntheticSuite;
import io.evalstream.cli.client.ApiClient;
import io.evalstream.cli.client.RunWatcher;
import io.evalstream.cli.stack.ProjectLayout;
import io.evalstream.cli.stack.ServiceName;
import io.evalstream.cli.stack.ServiceProcess;
import io.evalstream.cli.stack.Stack;
import io.evalstream.cli.stack.StackOptions;
import io.evalstream.stub.StubModelServer;
import io.evalstream.stub.StubOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Invariant 5 end to end: a run against a model whose endpoint (the stub) demands a real key, given to the
 * packaged services only as an environment variable named in the registry. The run must succeed (so the key
 * was read and sent), and the key's value must then appear nowhere: not in any service log (debug logging on),
 * not in any record or header of any topic, not in any row of any table of any schema, not in any REST answer.
 */
class ApiKeyAbsenceEndToEndTest {
    private static final String KEY_VARIABLE = "EVALSTREAM_E2E_STUB_KEY";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theKeyIsUsedAndLeavesNoTrace() throws Exception {
        String key = "sk-e2e-" + UUID.randomUUID().toString().replace("-", "");
        try (StubModelServer.Handle stub = StubModelServer.start(StubOptions.defaults().withApiKey(key));
                Stack stack = Stack.start(ProjectLayout.discover(), StackOptions.ephemeral().withEnv(Map.of(
                        KEY_VARIABLE, key, "QUARKUS_LOG_CATEGORY__IO_EVALSTREAM__LEVEL", "DEBUG")), System.out)) {
            ApiClient api = new ApiClient(stack.service(ServiceName.ITEM).baseUrl(),
                    stack.service(ServiceName.SCORING).baseUrl());
            ObjectNode model = JSON.createObjectNode();
            model.put("id", "openai:keyed-stub");
            model.put("provider", "openai");
            model.put("baseUrl", stub.baseUrl() + "/v1");
            model.put("apiKeyEnv", KEY_VARIABLE);
            model.put("inputUsdPerMillionTokens", 1.0);
            model.put("outputUsdPerMillionTokens", 2.0);
            api.registerModel(model);
            JsonNode dataset = api.importJsonl("keyed", SyntheticSuite.jsonl(12, 7));
            ObjectNode body = JSON.createObjectNode();
            body.put("suite", dataset.path("name").asText());
            body.putArray("models").add("openai:keyed-stub").add("builtin:oracle");
            body.put("readMode", "LABEL_PROBS");
            JsonNode run = api.createRun(body);
            String runId = run.path("runId").asText();
            JsonNode result = new RunWatcher(api).awaitCompletion(runId, Duration.ofMinutes(5), p -> { });

            assertThat(result.path("state").asText()).isEqualTo("COMPLETED");
            assertThat(result.path("errors").asLong()).as("every call was accepted with the key").isZero();
            assertThat(stub.stats().requests()).as("the stub, which refuses any other key, answered").isEqualTo(12);
            assertThat(result.path("costUsd").asDouble()).as("priced answers cost something").isPositive();

            List<String> places = new ArrayList<>();
            places.addAll(logsContaining(stack, key));
            places.addAll(topicsContaining(stack.kafkaBootstrapServers(), key));
            places.addAll(tablesContaining(stack, key));
            places.addAll(restAnswersContaining(api, stack, runId, key));
            assertThat(places).as("places where the key leaked").isEmpty();
            // the search sees the registry answer, which names the variable and never holds its value
            assertThat(api.get(stack.service(ServiceName.ITEM).baseUrl() + "/api/models/openai:keyed-stub").toString())
                    .contains(KEY_VARIABLE).doesNotContain(key);
        }
    }

    private static List<String> logsContaining(Stack stack, String key) throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(stack.logDir())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(text).as("log " + file + " was written").isNotEmpty();
                if (text.contains(key)) {
                    found.add("log " + file);
                }
            }
        }
        return found;
    }

    private static List<String> topicsContaining(String bootstrap, String key) throws Exception {
        byte[] needle = key.getBytes(StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        List<String> topics;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            topics = new ArrayList<>(admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get());
        }
        assertThat(topics).contains("eval-requests", "eval-responses");
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        props.put("enable.auto.commit", "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            for (String topic : topics) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                long records = 0;
                while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
                        && System.nanoTime() < deadline) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        records++;
                        if (contains(record.key(), needle) || contains(record.value(), needle)) {
                            found.add("topic " + topic + " offset " + record.offset());
                        }
                        for (Header header : record.headers()) {
                            if (contains(header.value(), needle)) {
                                found.add("topic " + topic + " header " + header.key());
                            }
                        }
                    }
                }
                if (topic.equals("eval-requests")) {
                    assertThat(records).as("records read from eval-requests").isGreaterThanOrEqualTo(24);
                }
            }
        }
        return found;
    }

    private static List<String> tablesContaining(Stack stack, String key) throws Exception {
        List<String> found = new ArrayList<>();
        int tables = 0;
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
                Statement list = c.createStatement();
                ResultSet names = list.executeQuery("SELECT table_schema, table_name FROM information_schema.tables "
                        + "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')")) {
            List<String> qualified = new ArrayList<>();
            while (names.next()) {
                qualified.add("\"" + names.getString(1) + "\".\"" + names.getString(2) + "\"");
            }
            for (String table : qualified) {
                tables++;
                try (Statement dump = c.createStatement();
                        ResultSet rows = dump.executeQuery("SELECT t::text FROM " + table + " t")) {
                    while (rows.next()) {
                        if (rows.getString(1).contains(key)) {
                            found.add("table " + table);
                            break;
                        }
                    }
                }
            }
        }
        assertThat(tables).as("tables of all schemas").isGreaterThanOrEqualTo(10);
        return found;
    }

    private static List<String> restAnswersContaining(ApiClient api, Stack stack, String runId, String key) {
        String item = stack.service(ServiceName.ITEM).baseUrl();
        String scoring = stack.service(ServiceName.SCORING).baseUrl();
        List<String> urls = new ArrayList<>(List.of(item + "/api/models", item + "/api/models/openai:keyed-stub",
                item + "/api/runs", item + "/api/runs/" + runId, item + "/api/datasets",
                scoring + "/api/runs", scoring + "/api/runs/" + runId, scoring + "/api/runs/" + runId + "/leaderboard",
                scoring + "/api/runs/" + runId + "/items?limit=1000"));
        for (ServiceProcess inference : stack.instances(ServiceName.INFERENCE)) {
            urls.add(inference.baseUrl() + "/api/providers");
            urls.add(inference.baseUrl() + "/api/runs/" + runId + "/model-calls");
            urls.add(inference.baseUrl() + "/q/metrics");
        }
        List<String> found = new ArrayList<>();
        for (String url : urls) {
            if (api.get(url).toString().contains(key)) {
                found.add("REST " + url);
            }
        }
        return found;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        if (haystack == null || haystack.length < needle.length) {
            return false;
        }
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
