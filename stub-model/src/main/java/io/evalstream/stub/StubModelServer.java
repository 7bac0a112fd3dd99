package io.evalstream.stub;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stub of the OpenAI-compatible API ({@code /v1/chat/completions}, {@code /v1/completions}) and Anthropic's
 * Messages API ({@code /v1/messages}) on a Vert.x event loop. Latency is a timer, not a sleeping thread, so
 * hundreds of slow requests are in flight on two threads: the stub must never be the bottleneck of the load
 * test it serves. Admission order: key check, scripted outcome, concurrency limit, rate limit, random faults.
 */
public final class StubModelServer {
    static final String CHAT = "/v1/chat/completions";
    static final String COMPLETIONS = "/v1/completions";
    static final String MESSAGES = "/v1/messages";
    private static final List<String> API_PATHS = List.of(CHAT, COMPLETIONS, MESSAGES);
    private static final String JSON = "application/json";

    private final StubOptions options;
    private final Vertx vertx;
    private final StatsCounter stats = new StatsCounter();
    private final RateLimiter rateLimiter;
    private final Queue<ScriptedOutcome> script = new ConcurrentLinkedQueue<>();
    private final OpenAiApi openAi;
    private final AnthropicApi anthropicApi = new AnthropicApi();

    private StubModelServer(StubOptions options, Vertx vertx) {
        this.options = options;
        this.vertx = vertx;
        this.rateLimiter = new RateLimiter(options.rateLimitPerMinute());
        this.openAi = new OpenAiApi(options.completionsLogprobsShape());
    }

    /** Starts a server and returns once it listens. */
    public static Handle start(StubOptions options) {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(1));
        StubModelServer server = new StubModelServer(options, vertx);
        try {
            // HTTP/1.1 only, like vLLM or llama-server: no h2c upgrade that would multiplex a client's requests
            // onto one connection and cap them at the server's stream limit
            HttpServer http = vertx.createHttpServer(new HttpServerOptions().setHttp2ClearTextEnabled(false))
                    .requestHandler(server::handle)
                    .listen(options.port())
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            return server.new Handle(http.actualPort());
        } catch (Exception e) {
            vertx.close();
            throw new IllegalStateException("stub model server could not listen on port " + options.port(), e);
        }
    }

    /** A running server: where it listens, what it has seen, and what tests want it to do next. */
    public final class Handle implements AutoCloseable {
        private final int port;

        private Handle(int port) {
            this.port = port;
        }

        public int port() {
            return port;
        }

        /** {@code http://127.0.0.1:<port>}, without a trailing slash or {@code /v1}. */
        public String baseUrl() {
            return "http://127.0.0.1:" + port;
        }

        public StubOptions options() {
            return options;
        }

        public StubStats stats() {
            return stats.snapshot();
        }

        public void resetStats() {
            stats.reset();
        }

        /** Queues forced outcomes: each API request takes the next one until the queue is empty. */
        public void script(ScriptedOutcome... outcomes) {
            script.addAll(List.of(outcomes));
        }

        @Override
        public void close() {
            try {
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("stub model server did not stop", e);
            }
        }
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/stats") && request.method() == HttpMethod.GET) {
            StubStats snapshot = stats.snapshot();
            request.response().putHeader("content-type", JSON).end(JsonBodies.MAPPER.valueToTree(snapshot).toString());
        } else if (path.equals("/stats/reset") && request.method() == HttpMethod.POST) {
            stats.reset();
            request.response().setStatusCode(204).end();
        } else if (API_PATHS.contains(path) && request.method() == HttpMethod.POST) {
            stats.received(path);
            request.body().onSuccess(body -> api(request, path, body))
                    .onFailure(e -> request.response().setStatusCode(400).end());
        } else {
            request.response().setStatusCode(404).putHeader("content-type", JSON)
                    .end(JsonBodies.openAiError("no route for " + request.method() + " " + path,
                            "invalid_request_error", "not_found"));
        }
    }

    private void api(HttpServerRequest request, String path, Buffer body) {
        boolean anthropic = path.equals(MESSAGES);
        Reply reply = new Reply(request.response(), anthropic);
        String refusal = authRefusal(request, anthropic);
        if (refusal != null) {
            reply.error(refusal.startsWith("anthropic-version") ? 400 : 401, refusal,
                    refusal.startsWith("anthropic-version") ? "invalid_request_error" : "authentication_error",
                    "invalid_api_key");
            return;
        }
        ScriptedOutcome scripted = script.poll();
        if (scripted != null && scripted.fault() != ScriptedOutcome.Fault.OK) {
            scriptedFault(reply, scripted);
            return;
        }
        if (!stats.tryEnter(options.maxConcurrency())) {
            stats.rateLimited();
            reply.rateLimited(1_000, "too many concurrent requests (max " + options.maxConcurrency() + ")");
            return;
        }
        reply.admitted();
        long waitMillis = rateLimiter.tryAcquire();
        if (waitMillis > 0) {
            stats.rateLimited();
            reply.rateLimited(waitMillis, "Rate limit reached: " + rateLimiter.limit() + " requests per minute");
            return;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (random.nextDouble() < options.errorRate()) {
            stats.error();
            later(() -> reply.error(500, "The server had an error while processing your request (injected)",
                    anthropic ? "api_error" : "server_error", null));
            return;
        }
        if (random.nextDouble() < options.malformedRate()) {
            stats.error();
            later(reply::malformed);
            return;
        }
        String answer;
        try {
            JsonNode json = JsonBodies.MAPPER.readTree(body.toString());
            if (json == null || !json.isObject()) {
                throw new BadRequestException("the body must be a JSON object");
            }
            answer = switch (path) {
                case CHAT -> openAi.chat(json);
                case COMPLETIONS -> openAi.completions(json);
                default -> anthropicApi.messages(json);
            };
        } catch (BadRequestException e) {
            reply.error(400, e.getMessage(), "invalid_request_error", "invalid_value");
            return;
        } catch (Exception e) {
            reply.error(400, "could not parse the JSON body: " + e.getMessage(), "invalid_request_error", null);
            return;
        }
        later(() -> reply.ok(answer));
    }

    private String authRefusal(HttpServerRequest request, boolean anthropic) {
        if (anthropic) {
            String key = request.getHeader("x-api-key");
            if (key == null || key.isBlank()) {
                return "x-api-key header is required";
            }
            if (options.apiKey() != null && !options.apiKey().equals(key)) {
                return "invalid x-api-key";
            }
            if (request.getHeader("anthropic-version") == null) {
                return "anthropic-version: header is required";
            }
            return null;
        }
        if (options.apiKey() == null) {
            return null;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return "You didn't provide an API key. You need to provide your API key in an Authorization header.";
        }
        return authorization.equals("Bearer " + options.apiKey()) ? null : "Incorrect API key provided.";
    }

    private void scriptedFault(Reply reply, ScriptedOutcome scripted) {
        switch (scripted.fault()) {
            case RATE_LIMITED -> {
                stats.rateLimited();
                reply.rateLimited(scripted.retryAfterSeconds() * 1000L, "Rate limit reached (scripted)");
            }
            case SERVER_ERROR -> {
                stats.error();
                reply.error(500, "The server had an error while processing your request (scripted)",
                        reply.anthropic ? "api_error" : "server_error", null);
            }
            case BAD_REQUEST -> {
                stats.error();
                reply.error(400, "Invalid 'max_tokens': integer above maximum value (scripted)",
                        "invalid_request_error", "invalid_value");
            }
            case MALFORMED -> {
                stats.error();
                reply.malformed();
            }
            case HANG -> {
                stats.error();
                stats.tryEnter(0);
                reply.admitted();
                // never answered: the client's timeout ends it, and closing the connection frees the slot
            }
            case OK -> throw new IllegalStateException("OK is not a fault");
        }
    }

    /** Runs {@code action} after the configured latency and jitter, on a timer: no thread waits. */
    private void later(Runnable action) {
        long latency = options.latency().toMillis();
        long jitter = options.jitter().toMillis();
        long delay = jitter == 0 ? latency
                : Math.max(0, latency + ThreadLocalRandom.current().nextLong(-jitter, jitter + 1));
        if (delay == 0) {
            action.run();
        } else {
            vertx.setTimer(delay, id -> action.run());
        }
    }

    /** One API request's answer; leaves the in-flight count exactly once, when answered or disconnected. */
    private final class Reply {
        private final HttpServerResponse response;
        private final boolean anthropic;
        private final AtomicBoolean inFlight = new AtomicBoolean();

        Reply(HttpServerResponse response, boolean anthropic) {
            this.response = response;
            this.anthropic = anthropic;
        }

        void admitted() {
            inFlight.set(true);
            response.closeHandler(v -> leave());
        }

        private void leave() {
            if (inFlight.compareAndSet(true, false)) {
                stats.exit();
            }
        }

        void ok(String body) {
            send(200, body);
        }

        void malformed() {
            send(200, "{\"id\":\"chatcmpl-stub\",\"choices\":[{\"index\":0,\"message\":{\"content\":\"B");
        }

        void error(int status, String message, String type, String code) {
            send(status, anthropic ? JsonBodies.anthropicError(message, type) : JsonBodies.openAiError(message, type, code));
        }

        void rateLimited(long waitMillis, String message) {
            long seconds = Math.max(1, (waitMillis + 999) / 1000);
            response.putHeader("Retry-After", Long.toString(seconds));
            response.putHeader("x-ratelimit-reset-requests", waitMillis % 1000 == 0 ? seconds + "s" : waitMillis + "ms");
            if (rateLimiter.limit() > 0) {
                response.putHeader("x-ratelimit-limit-requests", Integer.toString(rateLimiter.limit()));
                response.putHeader("x-ratelimit-remaining-requests", Integer.toString(rateLimiter.remaining()));
            }
            send(429, anthropic ? JsonBodies.anthropicError(message, "rate_limit_error")
                    : JsonBodies.openAiError(message, "requests", "rate_limit_exceeded"));
        }

        private void send(int status, String body) {
            leave();
            if (response.closed() || response.ended()) {
                return;
            }
            response.setStatusCode(status).putHeader("content-type", JSON).end(body);
        }
    }
}
