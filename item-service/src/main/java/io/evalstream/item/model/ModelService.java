package io.evalstream.item.model;

import io.evalstream.item.problem.ProblemException;
import io.evalstream.item.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** Model catalogue use cases: list, look up and register. */
@ApplicationScoped
public class ModelService {

    @Transactional
    public List<ModelView> list() {
        return Model.<Model>list("order by builtin desc, id").stream().map(ModelView::of).toList();
    }

    @Transactional
    public ModelView get(String id) {
        return Model.<Model>findByIdOptional(id).map(ModelView::of)
                .orElseThrow(() -> ProblemException.notFound("no model with id '" + id + "'"));
    }

    /** Registers a model; an existing id is a conflict, since runs already planned refer to it. */
    @Transactional
    public ModelView register(ModelRegistration registration) {
        if (Model.findByIdOptional(registration.id()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "a model with id '" + registration.id()
                    + "' is already registered");
        }
        Model model = new Model();
        model.id = registration.id();
        model.provider = registration.provider();
        model.baseUrl = registration.baseUrl();
        model.modelName = registration.modelName();
        model.apiKeyEnv = registration.apiKeyEnv();
        model.inputUsdPerMillionTokens = registration.inputUsdPerMillionTokens();
        model.outputUsdPerMillionTokens = registration.outputUsdPerMillionTokens();
        if (registration.limits() != null) {
            model.maxConcurrency = registration.limits().maxConcurrency();
            model.requestsPerMinute = registration.limits().requestsPerMinute();
            model.tokensPerMinute = registration.limits().tokensPerMinute();
        }
        model.capabilities = registration.capabilities() == null ? null
                : registration.capabilities().stream().map(ModelCapability::wireName).sorted().toArray(String[]::new);
        model.builtin = false;
        model.createdAt = Instant.now();
        try {
            model.persistAndFlush();
        } catch (PersistenceException e) {
            throw new ProblemException(ProblemType.CONFLICT, "a model with id '" + registration.id()
                    + "' was registered concurrently");
        }
        return ModelView.of(model);
    }

    /**
     * Points an existing, non-built-in model id at another target: what a hosted model does when its provider
     * changes it under the same name, made explicit. Runs already planned keep the reference they were planned
     * with (it is stored in their plan); the next runs use the new one, and regression detection compares them.
     */
    @Transactional
    public ModelView update(ModelRegistration registration) {
        Model model = Model.<Model>findByIdOptional(registration.id())
                .orElseThrow(() -> ProblemException.notFound("no model with id '" + registration.id() + "'"));
        if (model.builtin) {
            throw new ProblemException(ProblemType.CONFLICT, "built-in model '" + model.id + "' cannot be changed");
        }
        model.provider = registration.provider();
        model.baseUrl = registration.baseUrl();
        model.modelName = registration.modelName();
        model.apiKeyEnv = registration.apiKeyEnv();
        return ModelView.of(model);
    }
}
