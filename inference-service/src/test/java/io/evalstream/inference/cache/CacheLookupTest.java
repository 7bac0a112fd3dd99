package io.evalstream.inference.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.ErrorInfo;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.Usage;
import io.evalstream.inference.provider.http.StubRequests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheLookupTest {

    @Test
    void storesOnlyOkAnswersOfMisses() {
        var model = StubRequests.model("openai", "http://localhost:1", null);
        EvaluationRequested hit = StubRequests.chat(model, Generation.greedy(4), "hit");
        EvaluationRequested ok = StubRequests.chat(model, Generation.greedy(4), "ok");
        EvaluationRequested failed = StubRequests.chat(model, Generation.greedy(4), "failed");
        EvaluationRequested notCacheable = StubRequests.chat(model, Generation.greedy(4), "builtin");
        var pending = Map.of(
                hit.requestId(), new CacheLookup.Pending(CacheKey.of(hit), "openai", "stub-model"),
                ok.requestId(), new CacheLookup.Pending(CacheKey.of(ok), "openai", "stub-model"),
                failed.requestId(), new CacheLookup.Pending(CacheKey.of(failed), "openai", "stub-model"));
        ModelOutput output = new ModelOutput("B", "stop", null);
        CachedAnswer stored = new CachedAnswer(CacheKey.of(hit), "openai", "stub-model", output, new Usage(3, 1), 0.01);
        CacheLookup lookup = new CacheLookup(pending, Map.of(stored.key(), stored), 5);

        assertThat(lookup.hit(hit)).isEqualTo(stored);
        assertThat(lookup.hit(ok)).isNull();
        assertThat(lookup.hit(notCacheable)).isNull();

        List<ResponseReceived> responses = List.of(
                ResponseReceived.ok(hit, output, new Usage(3, 1), 0.0, 5, true, 0),
                ResponseReceived.ok(ok, output, new Usage(3, 1), 0.02, 40, false, 1),
                ResponseReceived.ok(ok, output, new Usage(3, 1), 0.02, 40, false, 1),
                ResponseReceived.failed(failed, ResponseStatus.ERROR, new ErrorInfo("SERVER", 500, "boom"), 40, 4),
                ResponseReceived.ok(notCacheable, output, new Usage(3, 1), 0.0, 1, false, 1));
        assertThat(lookup.toStore(responses)).containsExactly(
                new CachedAnswer(CacheKey.of(ok), "openai", "stub-model", output, new Usage(3, 1), 0.02));
        assertThat(CacheLookup.NONE.toStore(responses)).isEmpty();
    }
}
