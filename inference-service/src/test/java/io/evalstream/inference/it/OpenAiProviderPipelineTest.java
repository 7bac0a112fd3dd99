package io.evalstream.inference.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.EventCodec;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.Topics;
import io.evalstream.inference.KafkaTestClients;
import io.evalstream.inference.provider.http.StubRequests;
import io.evalstream.localstack.LocalStackResource;
import io.evalstream.stub.StubModelServer;
import io.evalstream.stub.StubOptions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * An {@code openai}-provider request through the real broker: produced to {@code eval-requests}, answered by the
 * service calling the stub model over HTTP at the request's {@code baseUrl}, read back from {@code eval-responses}.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class OpenAiProviderPipelineTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @TestHTTPResource("/")
    URL base;

    @Test
    void answersAnOpenAiRequestThroughTheStub() throws Exception {
        try (StubModelServer.Handle stub = StubModelServer.start(StubOptions.defaults()
                .withLatency(Duration.ofMillis(50), Duration.ZERO))) {
            EvaluationRequested request = StubRequests.chat(StubRequests.model("openai", stub.baseUrl(), null),
                    Generation.labelProbabilities(10));
            try (KafkaProducer<String, String> producer = KafkaTestClients.producer(bootstrap)) {
                producer.send(new ProducerRecord<>(Topics.EVAL_REQUESTS, request.key(), EventCodec.encode(request)));
                producer.flush();
            }
            List<ConsumerRecord<String, String>> records;
            try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer(bootstrap, Topics.EVAL_RESPONSES)) {
                records = KafkaTestClients.collect(consumer, r -> r.key().equals(request.key()), 1,
                        Duration.ofSeconds(60), Duration.ofSeconds(1));
            }
            assertThat(records).hasSize(1);
            ResponseReceived response = EventCodec.decode(records.get(0).value(), ResponseReceived.class);
            assertThat(response.requestId()).isEqualTo(request.requestId());
            assertThat(response.status()).isEqualTo(ResponseStatus.OK);
            assertThat(response.output().text()).isIn(StubRequests.ABCD);
            assertThat(response.output().logprobs()).hasSize(1);
            assertThat(response.usage().outputTokens()).isEqualTo(1);
            assertThat(stub.stats().byPath()).containsEntry("/v1/chat/completions", 1L);
        }
        String providers = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/providers"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(providers).contains("\"name\":\"openai\"").contains("\"name\":\"anthropic\"")
                .contains("\"labelProbabilities\":true");
    }
}
