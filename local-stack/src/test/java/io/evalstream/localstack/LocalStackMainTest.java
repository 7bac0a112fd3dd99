package io.evalstream.localstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalStackMainTest {

    @Test
    void parsesOptions() {
        assertThat(LocalStackMain.parse(new String[] {"--data", "x", "--kafka-port", "9092", "--postgres-port", "5432"}))
                .isNotNull();
        assertThat(LocalStackMain.parse(new String[] {"--help"})).isNull();
    }

    @Test
    void rejectsBadOptions() {
        assertThatThrownBy(() -> LocalStackMain.parse(new String[] {"--kafka-port"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> LocalStackMain.parse(new String[] {"--kafka-port", "x"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a number");
        assertThatThrownBy(() -> LocalStackMain.parse(new String[] {"--kafka-port", "70000"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalStackMain.parse(new String[] {"--bogus"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown option");
    }
}
