package io.evalstream.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invariant 1: the id is a pure function of the identity fields, and distinct tuples get distinct ids. */
class RequestIdsTest {

    @Test
    void sameFieldsGiveSameId() {
        assertThat(RequestIds.of("r", "i", "v", 0, "m", Purpose.ANSWER))
                .isEqualTo(RequestIds.of("r", "i", "v", 0, "m", Purpose.ANSWER))
                .hasSize(32);
    }

    @Test
    void everyFieldChangesTheId() {
        Set<String> ids = new HashSet<>();
        ids.add(RequestIds.of("r", "i", "v", 0, "m", Purpose.ANSWER));
        ids.add(RequestIds.of("r2", "i", "v", 0, "m", Purpose.ANSWER));
        ids.add(RequestIds.of("r", "i2", "v", 0, "m", Purpose.ANSWER));
        ids.add(RequestIds.of("r", "i", "v2", 0, "m", Purpose.ANSWER));
        ids.add(RequestIds.of("r", "i", "v", 1, "m", Purpose.ANSWER));
        ids.add(RequestIds.of("r", "i", "v", 0, "m2", Purpose.ANSWER));
        ids.add(RequestIds.of("r", "i", "v", 0, "m", Purpose.JUDGE));
        assertThat(ids).hasSize(7);
    }

    @Test
    void concatenationAmbiguityDoesNotCollide() {
        assertThat(RequestIds.of("ab", "c", "v", 0, "m", Purpose.ANSWER))
                .isNotEqualTo(RequestIds.of("a", "bc", "v", 0, "m", Purpose.ANSWER));
    }

    @Test
    void requestFactoryUsesTheDerivedId() {
        EvaluationRequested a = EventCodecTest.request();
        EvaluationRequested b = EventCodecTest.request();
        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(a.requestId()).isEqualTo(b.requestId())
                .isEqualTo(RequestIds.of("run-1", "item-1", "perm-1", 0, "builtin:oracle", Purpose.ANSWER));
    }
}
