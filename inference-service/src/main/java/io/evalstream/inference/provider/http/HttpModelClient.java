package io.evalstream.inference.provider.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.inference.provider.CallGate;
import io.evalstream.inference.provider.ModelCallException;
import io.evalstream.inference.provider.ModelResult;
import io.evalstream.inference.provider.control.CircuitBreaker;
import io.evalstream.inference.provider.control.EndpointControlConfig;
import io.evalstream.inference.provider.control.EndpointControls;
import io.evalstream.inference.provider.control.Outcome;
import io.evalstream.inference.provider.control.SharedBudgets;
import io.evalstream.contracts.ChatMessage;
import io.evalstream.contracts.ModelInput;
import io.agroal.api.AgroalDataSource;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jboss.logging.Logger;

/**
 * Sends provider calls through an {@link HttpTransport} (Vert.x, on the service's event loops): no thread waits on
 * a response, a backoff is a Mutiny timer, and a per-endpoint {@link EndpointLimiter} bounds what one base URL sees at once. Each attempt
 * takes a permit and gives it back when its response (or failure) arrives, so waiting out a backoff holds none.
 *
 * <p>Before its permit an attempt passes the endpoint's {@link CircuitBreaker} (an open circuit refuses it at
 * once, as a non-retryable CIRCUIT_OPEN failure) and its per-minute request and token budgets
 * ({@link SharedBudgets}, shared by all instances through PostgreSQL). Its outcome then moves the endpoint's
 * adaptive limit (429/503 shrink it; an endpoint's {@code Retry-After} / {@code x-ratelimit-reset-*} pause it)
 * and its circuit.
 *
 * <p>The key named by {@code ModelRef.apiKeyEnv} is resolved here per call, put in one header, and scrubbed
 * from every message that could leave this class: it never reaches a log, an event or an error.
 */
@ApplicationScoped
public class HttpModelClient {
    private static final Logger LOG = Logger.getLogger(HttpModelClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_MESSAGE = 500;
    private static final String REDACTED = "[redacted]";

    private final HttpProviderConfig config;
    private final SecretResolver secrets;
    private final HttpTransport transport;
    private final EndpointLimiter limiter;
    private final RetryDelays delays;
    private final EndpointControlConfig controls;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final SharedBudgets budgets;
    private final CallGate gate;

    /** A client of its own (own event loops, closed with it): default endpoint controls, budgets held locally. */
    public HttpModelClient(HttpProviderConfig config, SecretResolver secrets) {
        this(config, secrets, EndpointControls.defaults(), null, newInstanceId(), CallGate.OPEN);
    }

    /** A client of its own whose calls pass {@code gate} (cancelled runs are not called). */
    public HttpModelClient(HttpProviderConfig config, SecretResolver secrets, CallGate gate) {
        this(config, secrets, EndpointControls.defaults(), null, newInstanceId(), gate);
    }

    /** The service's client: on the application's Vert.x, budgets shared through the service's database. */
    @Inject
    public HttpModelClient(HttpProviderConfig config, SecretResolver secrets, EndpointControlConfig controls,
            AgroalDataSource dataSource, CallGate gate, Vertx vertx) {
        this(config, secrets, EndpointControls.of(controls), dataSource, newInstanceId(), gate,
                new VertxHttpTransport(vertx, config.connectTimeout(), config.maxInFlightPerEndpoint()));
    }

    public HttpModelClient(HttpProviderConfig config, SecretResolver secrets, EndpointControlConfig controls,
            DataSource dataSource, String instanceId) {
        this(config, secrets, controls, dataSource, instanceId, CallGate.OPEN);
    }

    /** As below, with a transport of its own (own event loops, closed with the client). */
    public HttpModelClient(HttpProviderConfig config, SecretResolver secrets, EndpointControlConfig controls,
            DataSource dataSource, String instanceId, CallGate gate) {
        this(config, secrets, controls, dataSource, instanceId, gate,
                VertxHttpTransport.standalone(config.connectTimeout(), config.maxInFlightPerEndpoint()));
    }

    /**
     * A client whose registered endpoint budgets are shared through {@code dataSource} (null: held locally) with
     * every other client on the same database, as {@code instanceId}; {@code gate} refuses calls of cancelled runs.
     */
    public HttpModelClient(HttpProviderConfig config, SecretResolver secrets, EndpointControlConfig controls,
            DataSource dataSource, String instanceId, CallGate gate, HttpTransport transport) {
        this.gate = gate;
        this.config = config;
        this.secrets = secrets;
        this.controls = controls;
        this.transport = transport;
        int max = config.maxInFlightPerEndpoint();
        this.limiter = new EndpointLimiter(controls.minInFlight(), controls.initialInFlight().orElse(max), max,
                controls.decreaseFactor(), controls.decreaseCooldown(), System::nanoTime);
        this.delays = new RetryDelays(config.initialBackoff(), config.maxBackoff());
        this.budgets = new SharedBudgets(dataSource, limiter, controls, instanceId);
    }

    /** Host, process id and a random suffix: unique per running instance, readable in the shares table. */
    static String newInstanceId() {
        return ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @PreDestroy
    public void close() {
        budgets.close();
        transport.close();
    }

    /** The endpoints' adaptive limits (for tests and the admin endpoint). */
    public EndpointLimiter limiter() {
        return limiter;
    }

    /** The endpoints' budget shares (for tests and the admin endpoint). */
    public SharedBudgets budgets() {
        return budgets;
    }

    /** The circuit state of {@code endpoint}. */
    public CircuitBreaker.State circuit(String endpoint) {
        CircuitBreaker breaker = breakers.get(endpoint);
        return breaker == null ? CircuitBreaker.State.CLOSED : breaker.state();
    }

    public HttpProviderConfig config() {
        return config;
    }

    /** Requests in flight to {@code endpoint} now (for tests and metrics). */
    public int inFlight(String endpoint) {
        return limiter.inFlight(endpoint);
    }

    /** Calls {@code call} for {@code request}, retrying transient failures; fails with {@link ModelCallException}. */
    public Uni<ModelResult> call(EvaluationRequested request, HttpCall call) {
        return Uni.createFrom().deferred(() -> {
            String keyName = request.model().apiKeyEnv();
            String key = null;
            if (keyName != null && !keyName.isBlank()) {
                key = secrets.resolve(keyName).orElse(null);
                if (key == null) {
                    return Uni.createFrom().failure(new ModelCallException("AUTH", null, "environment variable "
                            + keyName + " (the key of model " + request.model().id()
                            + ") is not set in inference-service"));
                }
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("content-type", "application/json");
            headers.put("accept", "application/json");
            headers.putAll(call.headers());
            if (key != null) {
                headers.put(call.auth().header(), call.auth().value(key));
            }
            return attempt(request, call, headers, key, 1);
        });
    }

    private Uni<ModelResult> attempt(EvaluationRequested request, HttpCall call, Map<String, String> headers, String key,
            int attempt) {
        return once(request, call, headers)
                .map(answer -> new ModelResult(answer.output(), answer.usage(), 0.0, false, attempt))
                .onFailure(AttemptFailure.class).recoverWithUni(failure -> {
                    AttemptFailure f = (AttemptFailure) failure;
                    String message = scrub(f.getMessage(), key);
                    if (!f.retryable || attempt >= config.maxAttempts()) {
                        String suffix = f.retryable ? " (gave up after " + attempt + " attempts)" : "";
                        return Uni.createFrom().failure(new ModelCallException(f.kind, f.httpStatus, message + suffix,
                                attempt));
                    }
                    Duration wait = delays.after(attempt, f.retryAfter);
                    LOG.debugf("request %s to %s: attempt %d failed (%s %s), retrying in %d ms", request.requestId(),
                            call.endpoint(), attempt, f.kind, f.httpStatus, wait.toMillis());
                    return Uni.createFrom().voidItem().onItem().delayIt().by(wait.isZero() ? Duration.ofMillis(1) : wait)
                            .chain(() -> attempt(request, call, headers, key, attempt + 1));
                });
    }

    /**
     * One attempt: pass the circuit, the per-minute budgets and the in-flight limit, ask the gate (the run may have
     * been cancelled while this request waited), send, give the permit back with the outcome, classify.
     */
    private Uni<ProviderAnswer> once(EvaluationRequested request, HttpCall call, Map<String, String> headers) {
        return Uni.createFrom().deferred(() -> {
            String endpoint = call.endpoint();
            CircuitBreaker breaker = breakers.computeIfAbsent(endpoint, e -> new CircuitBreaker(
                    controls.circuitFailureThreshold(), controls.circuitOpenFor(), System::nanoTime));
            Optional<String> refusal = breaker.refusal();
            if (refusal.isPresent()) {
                return Uni.createFrom().failure(AttemptFailure.fatal("CIRCUIT_OPEN", null,
                        call.provider() + " endpoint " + endpoint + " not called: " + refusal.get()));
            }
            SharedBudgets.Budget budget = budgets.observe(endpoint, request.model().limits());
            double estimate = estimatedTokens(request);
            AtomicBoolean cancelled = new AtomicBoolean();
            AtomicBoolean sending = new AtomicBoolean();
            AtomicReference<CompletableFuture<Void>> permit = new AtomicReference<>();
            CompletableFuture<HttpReply> sent = budget.admit(estimate)
                    .thenCompose(v -> {
                        CompletableFuture<Void> p = limiter.acquire(endpoint);
                        permit.set(p);
                        if (cancelled.get()) {
                            p.cancel(false);
                        }
                        return p;
                    })
                    .thenCompose(p -> {
                        if (cancelled.get()) {
                            limiter.release(endpoint);
                            throw new CancellationException("attempt cancelled before it was sent");
                        }
                        if (!gate.mayCall(request)) {
                            limiter.release(endpoint);
                            breaker.abandon();
                            throw new ModelCallException(CallGate.CANCELLED, null,
                                    "run " + request.runId() + " was cancelled");
                        }
                        sending.set(true);
                        return transport.post(call.uri(), headers, call.body(), config.attemptTimeout())
                                .whenComplete((response, error) -> settle(endpoint, breaker, response, error));
                    });
            return Uni.createFrom().completionStage(sent)
                    .onCancellation().invoke(() -> {
                        cancelled.set(true);
                        CompletableFuture<Void> p = permit.get();
                        if (p != null) {
                            p.cancel(false);
                        }
                        if (!sending.get()) {
                            breaker.abandon();
                        }
                    })
                    .onFailure().transform(error -> unwrap(error) instanceof ModelCallException refused ? refused
                            : classify(call, unwrap(error)))
                    .map(response -> {
                        ProviderAnswer answer = read(call, response);
                        if (answer.usage() != null) {
                            budget.spent(estimate, answer.usage().inputTokens() + answer.usage().outputTokens());
                        }
                        return answer;
                    });
        });
    }

    /** The attempt's outcome moves the endpoint's limit and circuit; a "wait" it was told pauses the endpoint. */
    private void settle(String endpoint, CircuitBreaker breaker, HttpReply response, Throwable error) {
        Outcome outcome = outcome(response, error);
        limiter.release(endpoint, outcome);
        breaker.record(outcome);
        if (outcome == Outcome.OVERLOAD) {
            RetryDelays.requested(response::header).ifPresent(wait -> limiter.pause(endpoint,
                    wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait));
        }
    }

    static Outcome outcome(HttpReply response, Throwable error) {
        if (response == null) {
            return unwrap(error) instanceof CancellationException ? Outcome.NEUTRAL : Outcome.FAILURE;
        }
        int status = response.status();
        if (status >= 200 && status < 300) {
            return Outcome.SUCCESS;
        }
        if (status == 429 || status == 503) {
            return Outcome.OVERLOAD;
        }
        if (status >= 500 || status == 408) {
            return Outcome.FAILURE;
        }
        return Outcome.NEUTRAL;
    }

    /** Tokens a request will likely spend (a character is about a quarter token), until its usage tells. */
    private double estimatedTokens(EvaluationRequested request) {
        ModelInput input = request.input();
        long chars = (input.system() == null ? 0 : input.system().length())
                + (input.prompt() == null ? 0 : input.prompt().length());
        for (ChatMessage message : input.messages()) {
            chars += message.content() == null ? 0 : message.content().length();
        }
        Integer max = request.generation().maxTokens();
        int output = max == null ? controls.estimatedOutputTokens() : max;
        return Math.ceil(chars / 4.0) + (double) output * request.generation().choices();
    }

    private static ProviderAnswer read(HttpCall call, HttpReply response) {
        int status = response.status();
        String where = call.provider() + " endpoint " + call.endpoint();
        if (status >= 200 && status < 300) {
            JsonNode body;
            try {
                body = JSON.readTree(response.body());
            } catch (JsonProcessingException e) {
                throw AttemptFailure.fatal("INVALID_RESPONSE", status, where + " answered " + status
                        + " with a body that is not JSON: " + abbreviate(response.body()));
            }
            try {
                return call.reader().apply(body);
            } catch (InvalidResponseException | NullPointerException | ClassCastException e) {
                throw AttemptFailure.fatal("INVALID_RESPONSE", status, where + " answered " + status
                        + " with an unexpected body: " + e.getMessage());
            }
        }
        String message = where + " answered " + status + ": " + providerMessage(response.body());
        Optional<Duration> asked = RetryDelays.requested(response::header);
        if (status == 429) {
            throw AttemptFailure.transientFailure("RATE_LIMITED", status, message, asked);
        }
        if (status == 401 || status == 403) {
            throw AttemptFailure.fatal("AUTH", status, message);
        }
        if (status == 408) {
            throw AttemptFailure.transientFailure("TIMEOUT", status, message, asked);
        }
        if (status >= 500) {
            throw AttemptFailure.transientFailure("SERVER", status, message, asked);
        }
        throw AttemptFailure.fatal("BAD_REQUEST", status, message);
    }

    private static RuntimeException classify(HttpCall call, Throwable error) {
        String where = call.provider() + " endpoint " + call.endpoint();
        if (error instanceof HttpConnectTimeoutException) {
            return AttemptFailure.transientFailure("CONNECTION", null, "could not connect to " + where
                    + " in time", Optional.empty());
        }
        if (error instanceof HttpTimeoutException) {
            return AttemptFailure.transientFailure("TIMEOUT", null, "no answer from " + where + " within "
                    + "the attempt timeout", Optional.empty());
        }
        if (error instanceof ConnectException) {
            return AttemptFailure.transientFailure("CONNECTION", null, "connection refused by " + where,
                    Optional.empty());
        }
        if (error instanceof IOException) {
            return AttemptFailure.transientFailure("CONNECTION", null, "connection to " + where + " failed: "
                    + error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage()),
                    Optional.empty());
        }
        return error instanceof RuntimeException runtime ? runtime : new IllegalStateException(error);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** {@code error.message} of an OpenAI- or Anthropic-style error body, else the body itself (shortened). */
    static String providerMessage(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            JsonNode error = json.path("error");
            if (error.isTextual()) {
                return abbreviate(error.asText());
            }
            if (error.path("message").isTextual()) {
                return abbreviate(error.path("message").asText());
            }
        } catch (JsonProcessingException | RuntimeException notJson) {
            // fall through to the raw body
        }
        return body == null || body.isBlank() ? "(empty body)" : abbreviate(body);
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "...";
    }

    /** Removes the key from a message: some APIs echo (part of) the key they rejected. */
    static String scrub(String message, String key) {
        return key == null || key.isEmpty() || message == null ? message : message.replace(key, REDACTED);
    }
}
