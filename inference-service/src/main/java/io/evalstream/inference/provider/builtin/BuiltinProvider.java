package io.evalstream.inference.provider.builtin;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.Usage;
import io.evalstream.inference.provider.ModelNames;
import io.evalstream.inference.provider.ModelProvider;
import io.evalstream.inference.provider.ModelResult;
import io.evalstream.inference.provider.ProviderCapabilities;
import io.evalstream.inference.provider.UnsupportedModelException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Provider {@code builtin}: deterministic, seeded models that run in-process with no network, for demos,
 * tests and benchmarks. Each {@link BuiltinModel} decides a belief over the labels; this class renders it the
 * same way for all of them: text by {@link AnswerPhrasing}, log-probabilities (when requested) by
 * {@link LabelLogprobs}, usage by {@link WhitespaceTokens}, cost 0. Every random choice is seeded by the
 * request ({@link BuiltinSeed}), so the same request always gets the same output.
 */
@ApplicationScoped
public class BuiltinProvider implements ModelProvider {
    public static final String NAME = "builtin";

    private final Map<String, BuiltinModel> models;

    @Inject
    public BuiltinProvider(@Any Instance<BuiltinModel> models) {
        this(models.stream().toList());
    }

    public BuiltinProvider(List<BuiltinModel> models) {
        Map<String, BuiltinModel> byName = new TreeMap<>();
        for (BuiltinModel model : models) {
            if (byName.putIfAbsent(model.name(), model) != null) {
                throw new IllegalStateException("two built-in models are named '" + model.name() + "'");
            }
        }
        this.models = Map.copyOf(byName);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> models() {
        return models.keySet().stream().sorted().toList();
    }

    @Override
    public ProviderCapabilities capabilities() {
        // label log-probabilities are rendered from each model's belief; there is no prompt to score
        return new ProviderCapabilities(true, false, false);
    }

    @Override
    public boolean inProcess() {
        return true;
    }

    @Override
    public Uni<ModelResult> call(EvaluationRequested request) {
        return Uni.createFrom().item(() -> answer(request));
    }

    /** The whole computation, synchronous: a few microseconds. */
    public ModelResult answer(EvaluationRequested request) {
        String name = ModelNames.of(request.model());
        if (ArenaModels.handles(name)) {
            return ArenaModels.answer(request, name);
        }
        BuiltinModel model = models.get(name);
        if (model == null) {
            throw new UnsupportedModelException("unknown built-in model '" + name + "' (model " + request.model().id()
                    + "); built-in models are " + String.join(", ", models()));
        }
        String requestId = BuiltinSeed.answerIdentity(request);
        Long seed = request.generation().seed();
        LabelBelief belief = model.believe(request.scoring(), BuiltinSeed.random(requestId, seed, name + "/answer"));
        String text = AnswerPhrasing.phrase(request.scoring(), request.generation(), belief.chosenLabel(),
                BuiltinSeed.random(requestId, seed, name + "/phrasing"));
        List<TokenLogprob> logprobs = request.generation().logprobs()
                ? List.of(LabelLogprobs.shape(belief, request.generation().topLogprobs(),
                        BuiltinSeed.random(requestId, seed, name + "/logprobs")))
                : List.of();
        ModelOutput output = new ModelOutput(text, "stop", logprobs);
        Usage usage = new Usage(WhitespaceTokens.count(request.input()), WhitespaceTokens.count(text));
        return ModelResult.free(output, usage);
    }
}
