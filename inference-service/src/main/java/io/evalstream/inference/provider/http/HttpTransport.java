package io.evalstream.inference.provider.http;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one POST and completes with the endpoint's reply, without a thread waiting on it. Failures that are not a
 * reply come as the {@code java.net} types {@link HttpModelClient} classifies:
 * {@link java.net.http.HttpConnectTimeoutException} (no connection in time), {@link java.net.ConnectException}
 * (refused), {@link java.net.http.HttpTimeoutException} (no whole reply within {@code timeout}) and any other
 * {@link java.io.IOException} (the connection broke). A seam of its own so that the client's limits, retries and
 * classification do not depend on the HTTP library under them.
 */
public interface HttpTransport extends AutoCloseable {

    /** POSTs {@code body} to {@code uri} with {@code headers}; the reply must arrive whole within {@code timeout}. */
    CompletableFuture<HttpReply> post(URI uri, Map<String, String> headers, String body, Duration timeout);

    /** Closes connections (and, for a transport that owns one, its event loops). */
    @Override
    void close();
}
