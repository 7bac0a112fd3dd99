package io.evalstream.inference.provider.http;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link HttpTransport} on the Vert.x HTTP client (HTTP/1.1, keep-alive), on the event loops Quarkus already runs.
 *
 * <p>Why not the JDK's HttpClient, which this replaced: profiles of {@code evalstream bench-provider} showed its
 * worker and selector threads, plus the CompletableFuture hops it completes through, as more than half of
 * inference-service's CPU per call, on a machine where every core is shared with the broker and the other
 * services. Its completions also ran on threads Quarkus does not manage, whose context class loader broke
 * SmallRye Context Propagation when a retry was scheduled from them. Vert.x completes on its event loops, which
 * carry the application's class loader, and costs a fraction of the CPU.
 *
 * <p>Connections are pooled per host and port, up to {@code maxConnectionsPerServer}: the per-endpoint
 * {@link EndpointLimiter} is the real bound on what is in flight, so the pool is sized not to be a second one. The
 * pool is split over several clients of at most {@link #POOL_SLICE} connections each, taken in turn, because
 * Vert.x picks a pooled connection by scanning the pool: with 512 connections that scan was the largest single
 * item of the service's CPU profile in {@code evalstream bench-provider}.
 */
public final class VertxHttpTransport implements HttpTransport {
    /** Most connections per server in one client's pool: its selector scans the whole pool for each request. */
    static final int POOL_SLICE = 32;
    /** How often attempts are checked against their deadlines. */
    static final long SWEEP_MILLIS = 50;

    private final Vertx vertx;
    private final boolean ownsVertx;
    private final List<HttpClient> clients;
    private final AtomicInteger nextClient = new AtomicInteger();
    private final Set<Attempt> pending = ConcurrentHashMap.newKeySet();
    /** Where requests started off Vert.x's threads are sent from (the service starts most on its event loops). */
    private final Context home;
    private final long sweeper;
    private final ClassLoader applicationLoader = VertxHttpTransport.class.getClassLoader();

    /** A transport on the application's {@code vertx}. */
    public VertxHttpTransport(Vertx vertx, Duration connectTimeout, int maxConnectionsPerServer) {
        this(vertx, false, connectTimeout, maxConnectionsPerServer);
    }

    /** A transport with event loops of its own, closed with it (plain unit tests, no Quarkus). */
    public static VertxHttpTransport standalone(Duration connectTimeout, int maxConnectionsPerServer) {
        return new VertxHttpTransport(Vertx.vertx(), true, connectTimeout, maxConnectionsPerServer);
    }

    private VertxHttpTransport(Vertx vertx, boolean ownsVertx, Duration connectTimeout, int maxConnectionsPerServer) {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        HttpClientOptions options = new HttpClientOptions()
                .setKeepAlive(true)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()))
                // hosted APIs sit behind CDNs that pick the certificate by server name
                .setForceSni(true);
        int max = Math.max(1, maxConnectionsPerServer);
        int slices = (max + POOL_SLICE - 1) / POOL_SLICE;
        PoolOptions pool = new PoolOptions().setHttp1MaxSize((max + slices - 1) / slices).setMaxWaitQueueSize(-1);
        List<HttpClient> created = new ArrayList<>();
        for (int i = 0; i < slices; i++) {
            created.add(vertx.createHttpClient(options, pool));
        }
        this.clients = List.copyOf(created);
        this.home = vertx.getOrCreateContext();
        this.sweeper = vertx.setPeriodic(SWEEP_MILLIS, id -> expire(System.nanoTime()));
    }

    /** Number of HTTP clients the pool is split over (for tests). */
    int slices() {
        return clients.size();
    }

    @Override
    public CompletableFuture<HttpReply> post(URI uri, Map<String, String> headers, String body, Duration timeout) {
        CompletableFuture<HttpReply> reply = new CompletableFuture<>();
        RequestOptions options;
        try {
            options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(uri.toString());
        } catch (RuntimeException badUri) {
            reply.completeExceptionally(new IllegalArgumentException("cannot call " + uri + ": " + badUri.getMessage(),
                    badUri));
            return reply;
        }
        headers.forEach(options::putHeader);
        Attempt attempt = new Attempt(reply, System.nanoTime() + timeout.toNanos(), timeout.toMillis());
        pending.add(attempt);
        HttpClient client = clients.get(Math.floorMod(nextClient.getAndIncrement(), clients.size()));
        Context context = Vertx.currentContext();
        if (context == null) {
            // Started from a thread Vert.x does not run (a budget's timer, a test): the request is sent from an event
            // loop instead. Sent from such a thread, about 1 in 1,000 replies arrived with an empty body: the
            // response's data reached the connection's event loop before the body handler, registered from the
            // other thread's context, was in place (reproduced with requests from fresh threads under load).
            RequestOptions sent = options;
            home.runOnContext(v -> send(client, sent, body, attempt));
        } else {
            send(client, options, body, attempt);
        }
        return reply;
    }

    private void send(HttpClient client, RequestOptions options, String body, Attempt attempt) {
        CompletableFuture<HttpReply> reply = attempt.reply;
        client.request(options)
                .compose(request -> {
                    attempt.sending.set(request);
                    if (reply.isDone()) { // timed out while waiting for a pooled connection
                        request.reset();
                        return io.vertx.core.Future.failedFuture(new HttpTimeoutException("timed out before sending"));
                    }
                    return request.send(body);
                })
                .compose(response -> response.body().map(buffer -> new HttpReply(response.statusCode(),
                        firstValues(response.headers()), buffer.toString())))
                .onComplete(done -> {
                    useApplicationClassLoader();
                    pending.remove(attempt);
                    if (done.succeeded()) {
                        reply.complete(done.result());
                    } else {
                        reply.completeExceptionally(asJavaNet(done.cause()));
                    }
                });
    }

    /**
     * Fails every attempt past its deadline and resets its request, which frees the connection instead of leaving it
     * to a hung server. One periodic sweep instead of a timer per attempt: with hundreds of attempts in flight, adding
     * and cancelling a timer each showed in profiles as the event loops' scheduled-task queue upkeep.
     */
    void expire(long nowNanos) {
        for (Attempt attempt : pending) {
            if (nowNanos - attempt.deadlineNanos >= 0) {
                pending.remove(attempt);
                useApplicationClassLoader();
                if (attempt.reply.completeExceptionally(new HttpTimeoutException("no whole reply within "
                        + attempt.timeoutMillis + " ms"))) {
                    HttpClientRequest request = attempt.sending.get();
                    if (request != null) {
                        request.reset();
                    }
                }
            }
        }
    }

    /** One request in flight: its reply, its deadline, and its request once a connection was found. */
    private static final class Attempt {
        final CompletableFuture<HttpReply> reply;
        final long deadlineNanos;
        final long timeoutMillis;
        final AtomicReference<HttpClientRequest> sending = new AtomicReference<>();

        Attempt(CompletableFuture<HttpReply> reply, long deadlineNanos, long timeoutMillis) {
            this.reply = reply;
            this.deadlineNanos = deadlineNanos;
            this.timeoutMillis = timeoutMillis;
        }
    }

    /**
     * Everything that follows a reply (reading it, retrying, sending the response) runs as a continuation on the
     * thread completing it. Quarkus's event loops carry the application's class loader, but event loops of a
     * {@link #standalone} Vert.x inherit whatever loader the thread that started them had; scheduling a retry from
     * such a thread made SmallRye Context Propagation look its providers up through the wrong loader ("JtaContextProvider
     * not a subtype") and turned a retryable 429 into an INTERNAL error. Every completion therefore runs with the
     * loader of this class, whichever thread it is on.
     */
    private void useApplicationClassLoader() {
        Thread thread = Thread.currentThread();
        if (thread.getContextClassLoader() != applicationLoader) {
            thread.setContextClassLoader(applicationLoader);
        }
    }

    private static Map<String, String> firstValues(io.vertx.core.MultiMap headers) {
        Map<String, String> first = new HashMap<>();
        for (Map.Entry<String, String> header : headers) {
            first.putIfAbsent(header.getKey().toLowerCase(Locale.ROOT), header.getValue());
        }
        return first;
    }

    /** Netty's and Vert.x's failures as the {@code java.net} types the client classifies (see {@link HttpTransport}). */
    static Throwable asJavaNet(Throwable failure) {
        if (failure instanceof io.netty.channel.ConnectTimeoutException) {
            return new HttpConnectTimeoutException(failure.getMessage()).initCause(failure);
        }
        if (failure instanceof IOException || failure instanceof ConnectException) {
            return failure;
        }
        if (failure instanceof java.util.concurrent.TimeoutException) {
            return new HttpTimeoutException(failure.getMessage()).initCause(failure);
        }
        if (failure instanceof IllegalArgumentException || failure instanceof IllegalStateException) {
            return failure;
        }
        // io.vertx.core.http.HttpClosedException, io.vertx.core.VertxException ("Connection was closed"), ...
        return new IOException(failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage()), failure);
    }

    @Override
    public void close() {
        vertx.cancelTimer(sweeper);
        clients.forEach(HttpClient::close);
        if (ownsVertx) {
            vertx.close();
        }
    }
}
