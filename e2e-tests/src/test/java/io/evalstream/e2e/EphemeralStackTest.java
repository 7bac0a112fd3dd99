package io.evalstream.e2e;

import io.evalstream.cli.client.ApiClient;
import io.evalstream.cli.stack.ProjectLayout;
import io.evalstream.cli.stack.ServiceName;
import io.evalstream.cli.stack.Stack;
import io.evalstream.cli.stack.StackOptions;
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

    @AfterAll
    void closeEphemeralStack() {
        if (stack != null) {
            stack.close();
        }
    }
}
