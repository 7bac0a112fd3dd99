package io.evalstream.inference.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.evalstream.contracts.EndpointLimits;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.inference.answer.RequestAnswerer;
import io.evalstream.inference.provider.control.EndpointControls;
import io.evalstream.inference.provider.http.HttpModelClient;
import io.evalstream.inference.provider.http.HttpProviders;
import io.evalstream.inference.provider.http.StubRequests;
import io.evalstream.inference.provider.openai.OpenAiProvider;
import io.evalstream.localstack.LocalStackResource;
import io.evalstream.stub.StubModelServer;
import io.evalstream.stub.StubOptions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Two inference clients (as two instances would be: each its own limiter, gates and lease) share one endpoint's
 * registered budget through the real PostgreSQL: together they never have more requests in flight at the stub
 * than the budget allows, nor start more per minute, and both get to send.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class SharedEndpointBudgetTest {
    private static final int MAX_CONCURRENCY = 6;
    private static final int PER_MINUTE = 1200; // 20 per second
    private static final int REQUESTS_EACH = 60;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoInstancesTogetherStayWithinOneEndpointsConcurrencyAndRequestBudget() throws Exception {
        EndpointControls controls = EndpointControls.defaults()
                .withSharedRefresh(Duration.ofMillis(200), Duration.ofSeconds(5));
        try (StubModelServer.Handle stub = StubModelServer.start(StubOptions.defaults()
                .withLatency(Duration.ofMillis(150), Duration.ofMillis(50)))) {
            HttpModelClient a = new HttpModelClient(HttpProviders.config(4, Duration.ofSeconds(10), 64),
                    HttpProviders.secrets(Map.of()), controls, dataSource, "instance-a");
            HttpModelClient b = new HttpModelClient(HttpProviders.config(4, Duration.ofSeconds(10), 64),
                    HttpProviders.secrets(Map.of()), controls, dataSource, "instance-b");
            try {
                ModelRef model = new ModelRef("openai:budgeted", "openai", "openai:budgeted", "stub-model",
                        stub.baseUrl(), null, null, null, new EndpointLimits(MAX_CONCURRENCY, PER_MINUTE, null));
                RequestAnswerer answerA = HttpProviders.answerer(new OpenAiProvider(a));
                RequestAnswerer answerB = HttpProviders.answerer(new OpenAiProvider(b));
                long start = System.nanoTime();
                List<CompletableFuture<ResponseReceived>> pending = new ArrayList<>();
                for (int i = 0; i < REQUESTS_EACH; i++) {
                    pending.add(answerA.answer(StubRequests.chat(model, Generation.greedy(4), "a-" + i))
                            .subscribeAsCompletionStage());
                    pending.add(answerB.answer(StubRequests.chat(model, Generation.greedy(4), "b-" + i))
                            .subscribeAsCompletionStage());
                }
                List<ResponseReceived> responses = pending.stream().map(CompletableFuture::join).toList();
                double seconds = (System.nanoTime() - start) / 1e9;

                assertThat(responses).allSatisfy(r -> assertThat(r.status()).isEqualTo(ResponseStatus.OK));
                assertThat(stub.stats().requests()).isEqualTo(2L * REQUESTS_EACH);
                assertThat(stub.stats().peakInFlight()).as("peak in flight at the endpoint, both instances together")
                        .isLessThanOrEqualTo(MAX_CONCURRENCY);
                // the budget allows 20 a second plus each instance's one-second burst of its share
                double allowed = PER_MINUTE / 60.0 * seconds + PER_MINUTE / 60.0 * 2;
                assertThat((double) stub.stats().requests()).as("requests started within the per-minute budget")
                        .isLessThanOrEqualTo(allowed);

                // both hold a share; together no more than the budget
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                        ResultSet rows = s.executeQuery("SELECT count(*), sum(concurrency), sum(requests_per_minute) "
                                + "FROM inference.endpoint_share WHERE endpoint = '" + stub.baseUrl() + "'")) {
                    rows.next();
                    assertThat(rows.getInt(1)).isEqualTo(2);
                    assertThat(rows.getInt(2)).isLessThanOrEqualTo(MAX_CONCURRENCY);
                    assertThat(rows.getDouble(3)).isLessThanOrEqualTo(PER_MINUTE);
                }
                assertThat(a.budgets().held(stub.baseUrl()).concurrency()).isPositive();
                assertThat(b.budgets().held(stub.baseUrl()).concurrency()).isPositive();
            } finally {
                a.close();
                b.close();
            }
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT count(*) FROM inference.endpoint_share WHERE endpoint = '"
                            + stub.baseUrl() + "'")) {
                rows.next();
                assertThat(rows.getInt(1)).as("closed instances give their shares back").isZero();
            }
        }
    }

    @Test
    void twoInstancesTogetherStayWithinOneEndpointsTokenBudget() {
        int tokensPerMinute = 6000; // 100 per second
        EndpointControls controls = EndpointControls.defaults()
                .withSharedRefresh(Duration.ofMillis(200), Duration.ofSeconds(5));
        try (StubModelServer.Handle stub = StubModelServer.start(StubOptions.defaults())) {
            HttpModelClient a = new HttpModelClient(HttpProviders.config(4, Duration.ofSeconds(10), 64),
                    HttpProviders.secrets(Map.of()), controls, dataSource, "tokens-a");
            HttpModelClient b = new HttpModelClient(HttpProviders.config(4, Duration.ofSeconds(10), 64),
                    HttpProviders.secrets(Map.of()), controls, dataSource, "tokens-b");
            try {
                ModelRef model = new ModelRef("openai:tokens", "openai", "openai:tokens", "stub-model",
                        stub.baseUrl(), null, null, null, new EndpointLimits(null, null, tokensPerMinute));
                RequestAnswerer answerA = HttpProviders.answerer(new OpenAiProvider(a));
                RequestAnswerer answerB = HttpProviders.answerer(new OpenAiProvider(b));
                long start = System.nanoTime();
                List<CompletableFuture<ResponseReceived>> pending = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    pending.add(answerA.answer(StubRequests.chat(model, Generation.greedy(4), "ta-" + i))
                            .subscribeAsCompletionStage());
                    pending.add(answerB.answer(StubRequests.chat(model, Generation.greedy(4), "tb-" + i))
                            .subscribeAsCompletionStage());
                }
                List<ResponseReceived> responses = pending.stream().map(CompletableFuture::join).toList();
                double seconds = (System.nanoTime() - start) / 1e9;
                assertThat(responses).allSatisfy(r -> assertThat(r.status()).isEqualTo(ResponseStatus.OK));
                long tokens = responses.stream().mapToLong(r -> r.usage().inputTokens() + r.usage().outputTokens()).sum();
                // the budget plus each instance's one-second burst, plus one request's estimate error per instance
                double allowed = tokensPerMinute / 60.0 * (seconds + 2) + 2 * 100;
                assertThat((double) tokens).as("tokens spent within the per-minute budget").isLessThanOrEqualTo(allowed);
                assertThat(tokens).as("enough work to need the budget").isGreaterThan(3 * tokensPerMinute / 60);
            } finally {
                a.close();
                b.close();
            }
        }
    }
}
