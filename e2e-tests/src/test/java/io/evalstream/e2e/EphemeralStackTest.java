package io.evalstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.cli.client.ApiClient;
import io.evalstream.cli.stack.ProjectLayout;
import io.evalstream.cli.stack.ServiceName;
import io.evalstream.cli.stack.ServiceProcess;
import io.evalstream.cli.stack.Stack;
import io.evalstream.cli.stack.StackOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A test class with a whole stack of its own (embedded Kafka and PostgreSQL, the three services as processes, free
 * ports, throw-away data), started once before its tests and closed after them. Subclasses add their own
 * {@code @BeforeAll} / {@code @AfterAll} steps, which JUnit runs after the start and before the close.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EphemeralStackTest {
    protected Stack stack;
    protected ApiClient api;

    /** Checked before anything starts: a class that needs data which is absent skips itself here (JUnit assumptions). */
    protected void assumeWhatItNeeds() {
    }

    @BeforeAll
    void startEphemeralStack() throws Exception {
        assumeWhatItNeeds();
        stack = Stack.start(ProjectLayout.discover(), StackOptions.ephemeral(), System.out);
        api = new ApiClient(stack.service(ServiceName.ITEM).baseUrl(), stack.service(ServiceName.SCORING).baseUrl());
    }

    /** A service instance's Prometheus page ({@code /q/metrics}), which must answer 200. */
    protected static String prometheusPage(ServiceProcess instance) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/q/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(instance.name() + " /q/metrics").isEqualTo(200);
        return page.body();
    }

    @AfterAll
    void closeEphemeralStack() {
        if (stack != null) {
            stack.close();
        }
    }
}
