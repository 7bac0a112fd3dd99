package io.evalstream.item.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The built-in arena prompt set: {@value #COUNT} open-ended {@code generation} prompts (explain, compare, advise),
 * half of them with a short reference answer so that the with-reference judge template has something to show.
 * Fixed text, so importing it twice gives the same dataset version.
 */
public final class ArenaDemoPrompts {
    public static final String DATASET = "arena-demo";
    static final int COUNT = 24;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TOPICS = List.of("binary search", "a hash map", "garbage collection",
            "a Kafka partition", "database indexes", "TCP slow start", "recursion", "public-key cryptography",
            "a bloom filter", "eventual consistency", "unit tests", "the CAP theorem");
    private static final List<String> TASKS = List.of("Explain %s to a new engineer in a short paragraph.",
            "What is the most common mistake people make with %s, and how do you avoid it?");

    private ArenaDemoPrompts() {
    }

    /** The prompt set as JSONL, one {@code generation} item per line. */
    public static String jsonl() {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String task : TASKS) {
            for (String topic : TOPICS) {
                ObjectNode line = JSON.createObjectNode();
                line.put("kind", "generation");
                line.put("id", String.format("p%02d", ++n));
                line.put("prompt", String.format(task, topic));
                if (n % 2 == 0) {
                    line.put("reference", "A correct, concise account of " + topic + " with one concrete example.");
                }
                line.putArray("slices").add(task == TASKS.get(0) ? "explain" : "pitfall");
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
