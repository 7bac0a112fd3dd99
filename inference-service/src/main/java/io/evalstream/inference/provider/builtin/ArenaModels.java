package io.evalstream.inference.provider.builtin;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.Usage;
import io.evalstream.inference.provider.ModelResult;
import java.util.List;

/**
 * The built-in arena models ({@link ArenaContestant} contestants, {@link ArenaJudge} judges), whose answers are
 * free text rather than a label belief; {@link BuiltinProvider} hands them their requests by name. Judges in
 * LABEL_PROBS mode render their P(A) over the request's labels like any built-in model ({@link LabelLogprobs}).
 */
final class ArenaModels {
    static final List<String> NAMES = List.of("arena-q<1-10>", "arena-q<1-10>-verbose", "judge-fair", "judge-first",
            "judge-longer", "judge-self:<contestant>");

    private ArenaModels() {
    }

    static boolean handles(String name) {
        return ArenaContestant.handles(name) || ArenaJudge.handles(name);
    }

    static ModelResult answer(EvaluationRequested request, String name) {
        String text;
        List<TokenLogprob> logprobs = List.of();
        if (ArenaContestant.handles(name)) {
            text = ArenaContestant.answer(request, name);
        } else if (ArenaJudge.single(request)) {
            text = ArenaJudge.ratingText(ArenaJudge.rate(request, name));
        } else {
            ArenaJudge.Verdict verdict = ArenaJudge.judge(request, name);
            boolean labelMode = "LABEL_PROBS".equals(request.scoring().readMode());
            List<String> labels = request.scoring().labels().isEmpty() ? List.of("A", "B")
                    : request.scoring().labels().subList(0, 2);
            int chosen = verdict.pFirst() >= 0.5 ? 0 : 1;
            LabelBelief belief = LabelBelief.ofWeights(labels, new double[] { verdict.pFirst(), 1 - verdict.pFirst() },
                    chosen);
            text = labelMode ? belief.chosenLabel() : ArenaJudge.text(verdict);
            if (request.generation().logprobs()) {
                logprobs = List.of(LabelLogprobs.shape(belief, request.generation().topLogprobs(),
                        BuiltinSeed.random(BuiltinSeed.answerIdentity(request), request.generation().seed(),
                                name + "/logprobs")));
            }
        }
        Usage usage = new Usage(WhitespaceTokens.count(request.input()), WhitespaceTokens.count(text));
        return ModelResult.free(new ModelOutput(text, "stop", logprobs), usage);
    }
}
