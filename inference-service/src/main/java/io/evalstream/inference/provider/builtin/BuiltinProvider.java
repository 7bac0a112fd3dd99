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
 * {@link LabelLogprobs}, usage by {@link WhitespaceTokens}, cost 0; likelihood ({@code echo}) requests are answered
 * by {@link BuiltinLikelihood}. Every random choice is seeded by the
 * request ({@link BuiltinSeed}), so the same request always gets the same output.
 */
@ApplicationScoped
public class BuiltinProvider implements ModelProvider {
    public static final String NAME = "builtin";

    private final Map<String, BuiltinModel> models;
    private final Map<String, BuiltinModel> variants = new java.util.concurrent.ConcurrentHashMap<>();

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
        // label log-probabilities are rendered from each model's belief; prompt log-likelihoods by BuiltinLikelihood
        return new ProviderCapabilities(true, true, false);
    }

    @Override
    public boolean inProcess() {
        return true;
    }

    @Override
    public Uni<ModelResult> call(EvaluationRequested request) {
        return Uni.createFrom().item(() -> answer(request));
    }

    /**
     * The model of a name: a registered one, or {@code first-option@<knowledge>} ({@code first-option@0.9}), the
     * position-biased model with the given knowledge. Variants share the base model's name, hence its seeds: a
     * lower knowledge knows a subset of the items a higher one knows, like a model that got worse. They exist to
     * demonstrate regression detection (a registry entry re-pointed from {@code @0.9} to {@code @0.5}).
     */
    private BuiltinModel model(String name) {
        BuiltinModel model = models.get(name);
        if (model != null) {
            return model;
        }
        int at = name.indexOf('@');
        if (at < 0 || !name.substring(0, at).equals(FirstOptionModel.NAME)) {
            return null;
        }
        return variants.computeIfAbsent(name, n -> {
            try {
                return new FirstOptionModel(Double.parseDouble(n.substring(at + 1)));
            } catch (IllegalArgumentException e) {
                throw new UnsupportedModelException("built-in model '" + n + "': the knowledge after '@' must be a "
                        + "number in [0, 1]");
            }
        });
    }

    /** The whole computation, synchronous: a few microseconds. */
    public ModelResult answer(EvaluationRequested request) {
        String fullName = ModelNames.of(request.model());
        if (request.generation().echoPrompt() && (ArenaModels.handles(fullName) || model(fullName) != null)) {
            return BuiltinLikelihood.answer(request, fullName);
        }
        if (ArenaModels.handles(fullName)) {
            return ArenaModels.answer(request, fullName);
        }
        if (LengthJudges.handles(fullName)) {
            return LengthJudges.answer(request, fullName);
        }
        if (DilemmaModels.handles(fullName)) {
            return DilemmaModels.answer(request, fullName);
        }
        BuiltinModel model = model(fullName);
        String name = model == null ? fullName : model.name();
        if (model == null) {
            throw new UnsupportedModelException("unknown built-in model '" + fullName + "' (model "
                    + request.model().id() + "); built-in models are " + String.join(", ", models())
                    + ", and first-option@<knowledge in [0, 1]>");
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
