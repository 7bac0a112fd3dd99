package io.evalstream.cli.bench;

import java.util.Random;

/**
 * Benchmark items: four-option multiple-choice questions in the import format, seeded. Their content is
 * irrelevant; their size and shape are those of a typical benchmark item.
 */
public final class SyntheticSuite {
    private SyntheticSuite() {
    }

    public static String jsonl(int items, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(items * 200);
        for (int i = 0; i < items; i++) {
            int a = random.nextInt(1000);
            int b = random.nextInt(1000);
            int gold = random.nextInt(4);
            out.append("{\"kind\":\"multiple_choice\",\"id\":\"q").append(i)
                    .append("\",\"question\":\"What is ").append(a).append(" + ").append(b).append("?\",\"choices\":[");
            for (int c = 0; c < 4; c++) {
                // distinct values: the gold is a + b, the others are off by (c - gold)
                out.append(c == 0 ? "" : ",").append('"').append(a + b + c - gold).append('"');
            }
            out.append("],\"answer\":").append(gold).append(",\"slices\":[\"bench\",\"bucket:")
                    .append(i % 8).append("\"]}\n");
        }
        return out.toString();
    }
}
