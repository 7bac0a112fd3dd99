package io.evalstream.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The run request the CLI sends: the variant options given on the command line, and nothing it was not given. */
class RunCommandTest {

    @Test
    void variantOptionsGoIntoTheRunRequest() {
        RunCommand command = new RunCommand();
        new CommandLine(command).parseArgs("--suite", "s", "--models", "builtin:first-option,builtin:oracle",
                "--read-mode", "LABEL_PROBS", "--debias", "pride", "--calibration-share", "0.1", "--seed", "7");
        ObjectNode body = command.body();
        assertThat(body.path("debias").asText()).isEqualTo("pride");
        assertThat(body.path("calibrationShare").asDouble()).isEqualTo(0.1);
        assertThat(body.path("seed").asLong()).isEqualTo(7);
        assertThat(body.path("models")).hasSize(2);
        assertThat(body.has("templates")).isFalse();
        assertThat(body.has("temperature")).isFalse();

        RunCommand templates = new RunCommand();
        new CommandLine(templates).parseArgs("--suite", "s", "--models", "m", "--permutations", "gold_at:2",
                "--templates", "zero-shot,chain-of-thought", "--few-shot", "2", "--samples", "3", "--temperature", "0.7");
        ObjectNode other = templates.body();
        assertThat(other.path("permutations").asText()).isEqualTo("gold_at:2");
        assertThat(other.path("templates").get(1).asText()).isEqualTo("chain-of-thought");
        assertThat(other.path("fewShot").asInt()).isEqualTo(2);
        assertThat(other.path("temperature").asDouble()).isEqualTo(0.7);
        assertThat(other.has("debias")).isFalse();
    }
}
