package io.evalstream.scoring.arena.join;

import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.RunPlanned;
import io.evalstream.scoring.arena.ArenaConfig;
import io.evalstream.scoring.arena.verdict.GenerationAnswerScorer;
import io.evalstream.scoring.arena.verdict.PairwiseTextScorer;
import io.evalstream.scoring.arena.verdict.SingleRatingScorer;
import io.evalstream.scoring.consumer.StoreRetry;
import io.evalstream.scoring.scorer.ScoredResponse;
import io.evalstream.scoring.stream.DerivedEventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The streaming join of an arena, as the consumers use it. For a batch of scored responses: contestants' answers to
 * {@code generation} prompts go into the join state, which yields the judge requests of every scheduled pair whose
 * two answers are now in (both orders, every judge); judges' verdicts become battle rows. For a {@code RunPlanned}
 * with an arena: the plan is recorded and the prompts whose answers came first are joined. Batches without arena
 * responses cost nothing here (no query).
 *
 * <p>Exactly-once effect: pairs become ready once (a primary key), are claimed by one batch at a time (a lease),
 * marked EMITTED after the broker's acknowledgements, and their requests' ids are deterministic, so that a re-send
 * after a crash is deduplicated downstream like any redelivery.
 */
@ApplicationScoped
public class ArenaJoin {
    private final ArenaJoinStore joins;
    private final ArenaBattleStore battles;
    private final JudgeRequestPublisher publisher;
    private final StoreRetry retry;
    private final ArenaConfig config;
    private final DerivedEventPublisher events;
    private final ArenaRatingStore ratings;

    public ArenaJoin(ArenaJoinStore joins, ArenaBattleStore battles, JudgeRequestPublisher publisher, StoreRetry retry,
            ArenaConfig config, DerivedEventPublisher events, ArenaRatingStore ratings) {
        this.ratings = ratings;
        this.joins = joins;
        this.battles = battles;
        this.publisher = publisher;
        this.retry = retry;
        this.config = config;
        this.events = events;
    }

    /**
     * The sends of a step: its judge requests, and a {@code SampleScored} (ERROR, scorer {@code arena-join}) for
     * every judge request the step decided will never be sent, so consumers of {@code eval-scores} see every
     * planned request end, as they do for answered ones.
     */
    private List<CompletableFuture<Void>> sends(JoinOutcome outcome) {
        List<CompletableFuture<Void>> sends = new ArrayList<>(publisher.send(outcome.requests()));
        sends.addAll(events.rows(outcome.skipped()));
        return sends;
    }

    /** A step's outcome and the pending acknowledgements of the judge requests it sent. */
    public record Step(JoinOutcome outcome, List<CompletableFuture<Void>> sends) {
        public static final Step NONE = new Step(JoinOutcome.NONE, List.of());
    }

    /**
     * Stores the batch's verdicts as battles. Called BEFORE the batch's scores are stored: the score transaction is
     * what can complete the run, and a reader that sees the run COMPLETED (the {@code arena} command) must find
     * every battle already there. Inserting first is safe under redelivery: battles are keyed by request id.
     */
    public void storeVerdicts(List<ScoredResponse> scored) {
        List<ScoredResponse> verdicts = new ArrayList<>();
        List<ScoredResponse> singles = new ArrayList<>();
        for (ScoredResponse s : scored) {
            ResponseReceived r = s.response();
            if (r.purpose() == Purpose.JUDGE && PairwiseTextScorer.KIND.equals(r.scoring().kind())) {
                verdicts.add(s);
            } else if (r.purpose() == Purpose.JUDGE && SingleRatingScorer.KIND.equals(r.scoring().kind())) {
                singles.add(s);
            }
        }
        if (!singles.isEmpty()) {
            retry.call("storing " + singles.size() + " arena ratings", () -> {
                ratings.insert(singles);
                return null;
            });
        }
        if (!verdicts.isEmpty()) {
            retry.call("storing " + verdicts.size() + " arena verdicts", () -> {
                battles.insert(verdicts);
                return null;
            });
        }
    }

    /** Joins the batch's answers (after their scores are stored) and sends the judge requests that became ready. */
    public Step afterScoring(List<ScoredResponse> scored) {
        List<ArenaAnswer> answers = new ArrayList<>();
        for (ScoredResponse s : scored) {
            ResponseReceived r = s.response();
            if (r.purpose() == Purpose.ANSWER && GenerationAnswerScorer.KIND.equals(r.scoring().kind())
                    && r.sample() == 0) {
                answers.add(answer(r));
            }
        }
        if (answers.isEmpty()) {
            return Step.NONE;
        }
        JoinOutcome outcome = retry.call("joining " + answers.size() + " arena answers",
                () -> joins.answers(answers, config.claimLease()));
        return new Step(outcome, sends(outcome));
    }

    /** Records an arena plan and joins the prompts whose answers arrived before it. */
    public Step planned(RunPlanned planned) {
        if (planned.arena() == null) {
            return Step.NONE;
        }
        JoinOutcome outcome = retry.call("recording the arena plan of " + planned.runId(),
                () -> joins.planned(planned.runId(), planned.arena(), config.claimLease()));
        return new Step(outcome, sends(outcome));
    }

    /**
     * Re-sends the ready pairs whose claim expired (a batch died between claiming and marking them emitted); the
     * requests keep their ids, so anything that did arrive the first time is deduplicated downstream.
     */
    public Step sweep(int limit) {
        List<RunItem> expired = joins.expired(limit);
        if (expired.isEmpty()) {
            return Step.NONE;
        }
        JoinOutcome outcome = retry.call("re-joining " + expired.size() + " arena prompts",
                () -> joins.rejoin(expired, config.claimLease()));
        return new Step(outcome, sends(outcome));
    }

    /** Called once every send of {@code step} is acknowledged. */
    public void acknowledged(Step step) {
        if (!step.outcome().claimed().isEmpty()) {
            retry.call("marking arena pairs emitted", () -> {
                joins.emitted(step.outcome().claimed());
                return null;
            });
        }
    }

    static ArenaAnswer answer(ResponseReceived r) {
        boolean ok = r.status().answered() && r.output() != null && r.output().text() != null;
        String text = ok ? r.output().text() : null;
        int words = text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
        String failure = ok ? null : r.status() + (r.error() == null ? "" : ": " + r.error().message());
        return new ArenaAnswer(r.runId(), r.itemId(), r.modelId(), r.requestId(), ok, text, words,
                r.scoring().attributes().get("prompt"), r.scoring().attributes().get("reference"), failure);
    }
}
