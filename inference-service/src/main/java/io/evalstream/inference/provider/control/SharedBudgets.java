package io.evalstream.inference.provider.control;

import io.evalstream.contracts.EndpointLimits;
import io.evalstream.inference.provider.http.EndpointLimiter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The registered limits of each endpoint (in-flight requests, requests per minute, tokens per minute), held by
 * all running inference instances together: each live instance leases an explicit share of each budget in
 * {@code inference.endpoint_share}, and the shares of live instances never add up to more than the budget.
 *
 * <p>Every {@code sharedRefresh} an instance rebalances each endpoint it uses in one short transaction that
 * locks the endpoint's {@code inference.endpoint_budget} row (so rebalances of one endpoint are serialised):
 * it drops leases past their expiry (instances gone), takes its fair share (budget / live instances) but never
 * more than the budget minus what the others hold, and renews its lease. A share is lowered locally before the
 * lower value is committed and raised locally only after the higher value is committed, and a lowered
 * concurrency share is recorded as no less than the requests still in flight; so at every instant the requests
 * in flight (and the rates) of all instances together stay within the budget. A newcomer therefore starts with
 * nothing and gets its share as the others give theirs back, within a refresh or two. An instance that cannot
 * renew its lease for half its lifetime stops sending rather than risk its share being given away twice.
 *
 * <p>Without a database ({@code dataSource == null}: unit tests, a single process) the whole budget is local.
 * Calls per request touch only memory; the database sees one transaction per endpoint per refresh.
 */
public final class SharedBudgets implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SharedBudgets.class);
    private static final String UPSERT_BUDGET = """
            INSERT INTO inference.endpoint_budget (endpoint, max_concurrency, requests_per_minute, tokens_per_minute,
                updated)
            VALUES (?, ?, ?, ?, now())
            ON CONFLICT (endpoint) DO UPDATE SET max_concurrency = excluded.max_concurrency,
                requests_per_minute = excluded.requests_per_minute, tokens_per_minute = excluded.tokens_per_minute,
                updated = now()
            """;
    private static final String LOCK_BUDGET = """
            SELECT max_concurrency, requests_per_minute, tokens_per_minute FROM inference.endpoint_budget
            WHERE endpoint = ? FOR UPDATE
            """;
    private static final String DROP_EXPIRED = """
            DELETE FROM inference.endpoint_share WHERE endpoint = ? AND instance_id <> ? AND expires_at < now()
            """;
    private static final String OTHERS = """
            SELECT instance_id, concurrency, requests_per_minute, tokens_per_minute FROM inference.endpoint_share
            WHERE endpoint = ? AND instance_id <> ?
            """;
    private static final String UPSERT_SHARE = """
            INSERT INTO inference.endpoint_share (endpoint, instance_id, concurrency, requests_per_minute,
                tokens_per_minute, expires_at)
            VALUES (?, ?, ?, ?, ?, now() + make_interval(secs => ?))
            ON CONFLICT (endpoint, instance_id) DO UPDATE SET concurrency = excluded.concurrency,
                requests_per_minute = excluded.requests_per_minute, tokens_per_minute = excluded.tokens_per_minute,
                expires_at = excluded.expires_at
            """;
    private static final String RELEASE = "DELETE FROM inference.endpoint_share WHERE endpoint = ? AND instance_id = ?";

    private final DataSource dataSource;
    private final EndpointLimiter limiter;
    private final EndpointControlConfig config;
    private final String instanceId;
    private final Map<String, Budget> budgets = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;

    public SharedBudgets(DataSource dataSource, EndpointLimiter limiter, EndpointControlConfig config,
            String instanceId) {
        this.dataSource = dataSource;
        this.limiter = limiter;
        this.config = config;
        this.instanceId = instanceId;
        this.scheduler = dataSource == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "endpoint-budgets");
            t.setDaemon(true);
            return t;
        });
        if (scheduler != null) {
            long period = config.sharedRefresh().toMillis();
            scheduler.scheduleWithFixedDelay(this::refreshAll, period, period, TimeUnit.MILLISECONDS);
        }
    }

    public String instanceId() {
        return instanceId;
    }

    /** Whether shares are coordinated through the database (otherwise each budget is wholly local). */
    public boolean shared() {
        return dataSource != null;
    }

    /**
     * The budget of {@code endpoint} under {@code limits} (null: not limited), noting that it is in use. The first
     * sight of a limited endpoint caps it at nothing until its first share is granted, which is asked for at once.
     */
    public Budget observe(String endpoint, EndpointLimits limits) {
        if (limits == null || !limits.any()) {
            Budget existing = budgets.get(endpoint);
            return existing == null ? Budget.UNLIMITED : existing.touch();
        }
        Budget budget = budgets.get(endpoint);
        if (budget != null) {
            if (!Objects.equals(budget.limits, limits)) {
                budget.limits = limits;
                schedule(budget);
            }
            return budget.touch();
        }
        Budget created = budgets.computeIfAbsent(endpoint, e -> {
            Budget b = new Budget(e, limits, config.rateBurstSeconds());
            if (shared()) {
                limiter.cap(e, limits.maxConcurrency() == null ? Integer.MAX_VALUE : 0);
            } else {
                applyLocally(b);
            }
            return b;
        });
        if (shared()) {
            schedule(created);
        }
        return created.touch();
    }

    /** What this instance holds of {@code endpoint}'s budgets now (for tests and the admin endpoint). */
    public Held held(String endpoint) {
        Budget b = budgets.get(endpoint);
        return b == null ? new Held(0, 0, 0) : new Held(b.heldConcurrency, b.heldRequests, b.heldTokens);
    }

    /** A share: in-flight requests, requests per minute, tokens per minute. */
    public record Held(int concurrency, double requestsPerMinute, double tokensPerMinute) {
    }

    private void applyLocally(Budget b) {
        EndpointLimits l = b.limits;
        limiter.cap(b.endpoint, l.maxConcurrency() == null ? Integer.MAX_VALUE : l.maxConcurrency());
        b.heldConcurrency = l.maxConcurrency() == null ? 0 : l.maxConcurrency();
        b.heldRequests = l.requestsPerMinute() == null ? 0 : l.requestsPerMinute();
        b.heldTokens = l.tokensPerMinute() == null ? 0 : l.tokensPerMinute();
        b.requests.rate(l.requestsPerMinute() == null ? Double.MAX_VALUE : l.requestsPerMinute());
        b.tokens.rate(l.tokensPerMinute() == null ? Double.MAX_VALUE : l.tokensPerMinute());
    }

    private void schedule(Budget budget) {
        if (!shared()) {
            applyLocally(budget);
            return;
        }
        try {
            scheduler.execute(() -> refresh(budget));
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // shutting down
        }
    }

    private void refreshAll() {
        long now = System.nanoTime();
        for (Budget budget : new ArrayList<>(budgets.values())) {
            if (now - budget.lastUsed > config.sharedIdleRelease().toNanos() && limiter.inFlight(budget.endpoint) == 0) {
                release(budget);
            } else {
                refresh(budget);
            }
        }
    }

    private void release(Budget budget) {
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(RELEASE)) {
            budgets.remove(budget.endpoint);
            limiter.cap(budget.endpoint, 0);
            budget.requests.rate(0);
            budget.tokens.rate(0);
            delete.setString(1, budget.endpoint);
            delete.setString(2, instanceId);
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("could not give back the share of endpoint %s: %s", budget.endpoint, e.getMessage());
        }
    }

    /** One rebalance of one endpoint; runs on the scheduler thread only. */
    private void refresh(Budget b) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                rebalance(c, b);
                c.commit();
                b.lastRenewed = System.nanoTime();
                raise(b);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("could not renew the share of endpoint %s: %s", b.endpoint, e.getMessage());
            if (System.nanoTime() - b.lastRenewed > config.sharedLeaseTtl().toNanos() / 2) {
                // our lease may be given away soon: stop sending rather than overrun the budget
                limiter.cap(b.endpoint, 0);
                b.requests.rate(0);
                b.tokens.rate(0);
                b.heldConcurrency = 0;
                b.heldRequests = 0;
                b.heldTokens = 0;
            }
        }
    }

    private void rebalance(Connection c, Budget b) throws SQLException {
        EndpointLimits announced = b.limits;
        try (PreparedStatement upsert = c.prepareStatement(UPSERT_BUDGET)) {
            upsert.setString(1, b.endpoint);
            setInt(upsert, 2, announced.maxConcurrency());
            setInt(upsert, 3, announced.requestsPerMinute());
            setInt(upsert, 4, announced.tokensPerMinute());
            upsert.executeUpdate();
        }
        EndpointLimits limits;
        try (PreparedStatement lock = c.prepareStatement(LOCK_BUDGET)) {
            lock.setString(1, b.endpoint);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                limits = new EndpointLimits((Integer) row.getObject(1), (Integer) row.getObject(2),
                        (Integer) row.getObject(3));
            }
        }
        try (PreparedStatement drop = c.prepareStatement(DROP_EXPIRED)) {
            drop.setString(1, b.endpoint);
            drop.setString(2, instanceId);
            drop.executeUpdate();
        }
        List<String> live = new ArrayList<>();
        live.add(instanceId);
        int othersConcurrency = 0;
        double othersRequests = 0;
        double othersTokens = 0;
        try (PreparedStatement others = c.prepareStatement(OTHERS)) {
            others.setString(1, b.endpoint);
            others.setString(2, instanceId);
            try (ResultSet rows = others.executeQuery()) {
                while (rows.next()) {
                    live.add(rows.getString(1));
                    othersConcurrency += rows.getInt(2);
                    othersRequests += rows.getDouble(3);
                    othersTokens += rows.getDouble(4);
                }
            }
        }
        live.sort(String::compareTo);
        int n = live.size();
        int me = live.indexOf(instanceId);
        int targetConcurrency = 0;
        if (limits.maxConcurrency() != null) {
            int max = limits.maxConcurrency();
            int fair = max / n + (me < max % n ? 1 : 0);
            targetConcurrency = Math.max(0, Math.min(fair, max - othersConcurrency));
        }
        double targetRequests = limits.requestsPerMinute() == null ? 0
                : Math.max(0, Math.min(limits.requestsPerMinute() / (double) n, limits.requestsPerMinute() - othersRequests));
        double targetTokens = limits.tokensPerMinute() == null ? 0
                : Math.max(0, Math.min(limits.tokensPerMinute() / (double) n, limits.tokensPerMinute() - othersTokens));

        // lower before committing: what is committed must never be less than what may be in use
        int recordedConcurrency = 0;
        if (limits.maxConcurrency() != null) {
            if (targetConcurrency < b.heldConcurrency) {
                limiter.cap(b.endpoint, targetConcurrency);
            }
            recordedConcurrency = Math.max(targetConcurrency, limiter.inFlight(b.endpoint));
        } else {
            limiter.cap(b.endpoint, Integer.MAX_VALUE);
        }
        if (limits.requestsPerMinute() != null && targetRequests < b.heldRequests) {
            b.requests.rate(targetRequests);
        }
        if (limits.tokensPerMinute() != null && targetTokens < b.heldTokens) {
            b.tokens.rate(targetTokens);
        }
        try (PreparedStatement share = c.prepareStatement(UPSERT_SHARE)) {
            share.setString(1, b.endpoint);
            share.setString(2, instanceId);
            share.setInt(3, recordedConcurrency);
            share.setDouble(4, targetRequests);
            share.setDouble(5, targetTokens);
            share.setDouble(6, config.sharedLeaseTtl().toMillis() / 1000.0);
            share.executeUpdate();
        }
        b.pending = new Held(targetConcurrency, targetRequests, targetTokens);
        b.heldConcurrency = recordedConcurrency;
        b.effective = limits;
    }

    /** After the commit: take what was granted. */
    private void raise(Budget b) {
        Held granted = b.pending;
        EndpointLimits limits = b.effective;
        if (granted == null || limits == null) {
            return;
        }
        if (limits.maxConcurrency() != null) {
            limiter.cap(b.endpoint, granted.concurrency());
        }
        b.requests.rate(limits.requestsPerMinute() == null ? Double.MAX_VALUE : granted.requestsPerMinute());
        b.tokens.rate(limits.tokensPerMinute() == null ? Double.MAX_VALUE : granted.tokensPerMinute());
        b.heldRequests = granted.requestsPerMinute();
        b.heldTokens = granted.tokensPerMinute();
    }

    private static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    /** Gives back every share (best effort) and stops rebalancing. */
    @Override
    public void close() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        try {
            // a rebalance still running could otherwise commit this instance's share after the delete below
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warnf("endpoint budget refresh of %s did not stop within 10 s", instanceId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM inference.endpoint_share WHERE instance_id = ?")) {
            delete.setString(1, instanceId);
            delete.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("could not give back the shares of %s: %s", instanceId, e.getMessage());
        }
    }

    /** One endpoint's budget as this instance holds it, with its request and token gates. */
    public static final class Budget {
        static final Budget UNLIMITED = new Budget("", null, 1.0);
        final String endpoint;
        volatile EndpointLimits limits;
        final RateGate requests;
        final RateGate tokens;
        volatile long lastUsed = System.nanoTime();
        volatile long lastRenewed = System.nanoTime();
        volatile int heldConcurrency;
        volatile double heldRequests;
        volatile double heldTokens;
        volatile Held pending;
        volatile EndpointLimits effective;

        Budget(String endpoint, EndpointLimits limits, double burstSeconds) {
            this.endpoint = endpoint;
            this.limits = limits;
            this.requests = new RateGate(0, new RateGate.Duration(burstSeconds), System::nanoTime);
            this.tokens = new RateGate(0, new RateGate.Duration(burstSeconds), System::nanoTime);
        }

        Budget touch() {
            lastUsed = System.nanoTime();
            return this;
        }

        /** Whether requests to this endpoint are counted per minute. */
        public boolean limitsRequests() {
            return limits != null && limits.requestsPerMinute() != null;
        }

        /** Whether tokens to this endpoint are counted per minute. */
        public boolean limitsTokens() {
            return limits != null && limits.tokensPerMinute() != null;
        }

        /** Reserves one request and {@code estimatedTokens}; completes when both may be spent. */
        public java.util.concurrent.CompletableFuture<Void> admit(double estimatedTokens) {
            java.util.concurrent.CompletableFuture<Void> ready = limitsRequests() ? requests.acquire(1)
                    : java.util.concurrent.CompletableFuture.completedFuture(null);
            return limitsTokens() ? ready.thenCompose(v -> tokens.acquire(estimatedTokens)) : ready;
        }

        /** Corrects the token reservation once the answer's usage is known. */
        public void spent(double estimatedTokens, double actualTokens) {
            if (limitsTokens()) {
                tokens.adjust(actualTokens - estimatedTokens);
            }
        }
    }
}
