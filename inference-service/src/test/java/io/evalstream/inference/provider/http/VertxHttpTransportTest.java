package io.evalstream.inference.provider.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.evalstream.stub.ScriptedOutcome;
import io.evalstream.stub.StubModelServer;
import io.evalstream.stub.StubOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class VertxHttpTransportTest {
    private static final String CHAT = "{\"model\":\"stub\",\"messages\":[{\"role\":\"user\",\"content\":\"Say hi\"}]}";

    @Test
    void aReplyCarriesItsStatusBodyAndLowerCasedHeaders() throws Exception {
        try (StubModelServer.Handle stub = StubModelServer.start(StubOptions.defaults());
                VertxHttpTransport transport = VertxHttpTransport.standalone(Duration.ofSeconds(2), 8)) {
            stub.script(ScriptedOutcome.rateLimited(3));
            HttpReply limited = transport.post(chat(stub), Map.of("content-type", "application/json"), CHAT,
                    Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After")).contains("3");
            assertThat(RetryDelays.requested(limited::header)).contains(Duration.ofSeconds(3));

            HttpReply ok = transport.post(chat(stub), Map.of("content-type", "application/json"), CHAT,
                    Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.body()).contains("\"choices\"");
        }
    }

    @Test
    void aLargePoolIsSplitIntoSlicesThatTogetherStillHoldEveryConnection() throws Exception {
        // answers held 3 s, so that all 100 are in flight together even on a loaded machine
        try (StubModelServer.Handle stub = StubModelServer.start(StubOptions.defaults()
                        .withLatency(Duration.ofSeconds(3), Duration.ZERO));
                VertxHttpTransport transport = VertxHttpTransport.standalone(Duration.ofSeconds(2), 100);
                VertxHttpTransport small = VertxHttpTransport.standalone(Duration.ofSeconds(2), 8)) {
            assertThat(transport.slices()).isEqualTo(4);
            assertThat(small.slices()).isEqualTo(1);
            List<CompletableFuture<HttpReply>> replies = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                replies.add(transport.post(chat(stub), Map.of(), CHAT, Duration.ofSeconds(10)));
            }
            CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            assertThat(replies).allSatisfy(r -> assertThat(r.join().status()).isEqualTo(200));
            assertThat(stub.stats().peakInFlight()).as("all 100 in flight at once over the four slices")
                    .isEqualTo(100);
        }
    }

    /**
     * Sent from threads Vert.x does not run, about 1 in 1,000 replies once arrived with an empty body: the data
     * reached the connection's event loop before the body handler was in place. Requests from fresh threads and from
     * several event-loop contexts must all carry their bodies.
     */
    @Test
    void everyReplyCarriesItsBodyWhicheverThreadSentTheRequest() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (StubModelServer.Handle stub = StubModelServer.start(StubOptions.defaults());
                VertxHttpTransport transport = new VertxHttpTransport(vertx, Duration.ofSeconds(2), 64)) {
            ConcurrentLinkedQueue<CompletableFuture<HttpReply>> replies = new ConcurrentLinkedQueue<>();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                Thread thread = new Thread(() -> replies.add(transport.post(chat(stub), Map.of(), CHAT, Duration.ofSeconds(10))));
                thread.start();
                threads.add(thread);
                if (i % 50 == 0) {
                    Thread.sleep(5); // waves, so that pooled connections are reused by requests from other threads
                }
            }
            for (int loop = 0; loop < 4; loop++) {
                Thread starter = new Thread(() -> vertx.getOrCreateContext().runOnContext(v -> {
                    for (int i = 0; i < 500; i++) {
                        replies.add(transport.post(chat(stub), Map.of(), CHAT, Duration.ofSeconds(10)));
                    }
                }));
                starter.start();
                threads.add(starter);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> replies.size() == 5000);
            CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            assertThat(replies).allSatisfy(reply -> assertThat(reply.join().body()).contains("\"choices\""));
        } finally {
            vertx.close();
        }
    }

    @Test
    void aReplyThatDoesNotArriveInTimeFailsAsAnHttpTimeout() throws Exception {
        try (StubModelServer.Handle stub = StubModelServer.start(StubOptions.defaults());
                VertxHttpTransport transport = VertxHttpTransport.standalone(Duration.ofSeconds(2), 8)) {
            stub.script(ScriptedOutcome.hang());
            long start = System.nanoTime();
            CompletableFuture<HttpReply> reply = transport.post(chat(stub), Map.of(), CHAT, Duration.ofMillis(300));
            assertThatThrownBy(() -> reply.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(HttpTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(stub.stats().inFlight())
                    .as("the hung request's connection was reset, so the stub no longer holds it").isZero());
        }
    }

    @Test
    void aClosedPortFailsAsConnectException() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (VertxHttpTransport transport = VertxHttpTransport.standalone(Duration.ofSeconds(2), 8)) {
            CompletableFuture<HttpReply> reply = transport.post(URI.create("http://127.0.0.1:" + port + "/v1/chat/completions"),
                    Map.of(), CHAT, Duration.ofSeconds(5));
            assertThatThrownBy(reply::join).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(ConnectException.class);
        }
    }

    @Test
    void nettyAndVertxFailuresBecomeTheJavaNetTypesTheClientClassifies() {
        assertThat(VertxHttpTransport.asJavaNet(new io.netty.channel.ConnectTimeoutException("connect timed out")))
                .isInstanceOf(HttpConnectTimeoutException.class);
        assertThat(VertxHttpTransport.asJavaNet(new java.util.concurrent.TimeoutException("idle")))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(VertxHttpTransport.asJavaNet(new VertxException("Connection was closed")))
                .isInstanceOf(IOException.class).hasMessageContaining("Connection was closed");
        ConnectException refused = new ConnectException("refused");
        assertThat(VertxHttpTransport.asJavaNet(refused)).isSameAs(refused);
    }

    /**
     * The event loops of a standalone Vert.x inherit the context class loader of the thread that starts them; the
     * continuations of a reply (a retry scheduled through Mutiny among them) must still see this class's loader.
     */
    @Test
    void continuationsOfAReplyRunWithTheApplicationClassLoaderWhateverTheEventLoopInherited() throws Exception {
        ClassLoader foreign = new URLClassLoader(new URL[0], null);
        AtomicReference<ClassLoader> seen = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        try (StubModelServer.Handle stub = StubModelServer.start(StubOptions.defaults()
                .withLatency(Duration.ofMillis(100), Duration.ZERO))) {
            Thread caller = new Thread(() -> {
                try (VertxHttpTransport transport = VertxHttpTransport.standalone(Duration.ofSeconds(2), 8)) {
                    transport.post(chat(stub), Map.of(), CHAT, Duration.ofSeconds(5))
                            .thenAccept(reply -> seen.set(Thread.currentThread().getContextClassLoader()))
                            .get(10, TimeUnit.SECONDS);
                } catch (Exception | AssertionError e) {
                    failed.set(e);
                }
            });
            caller.setContextClassLoader(foreign); // the event loop threads are started from this thread
            caller.start();
            caller.join(20_000);
        }
        assertThat(failed.get()).isNull();
        assertThat(seen.get()).isSameAs(VertxHttpTransport.class.getClassLoader()).isNotSameAs(foreign);
    }

    private static URI chat(StubModelServer.Handle stub) {
        return URI.create(stub.baseUrl() + "/v1/chat/completions");
    }
}
