package io.evalstream.item.support;

/** Small dataset files for tests. */
public final class Jsonl {
    private Jsonl() {
    }

    /** {@code n} multiple-choice items with four options, gold at {@code i mod 4}. */
    public static String multipleChoice(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append("{\"kind\":\"multiple_choice\",\"id\":\"mc-").append(i)
                    .append("\",\"question\":\"Which option is number ").append(i % 4)
                    .append("?\",\"choices\":[\"zero\",\"one\",\"two\",\"three\"],\"answer\":").append(i % 4)
                    .append(",\"slices\":[\"group-").append(i % 3).append("\"]}\n");
        }
        return out.toString();
    }

    public static String trueFalse(String id, String statement, boolean label) {
        return "{\"kind\":\"true_false\",\"id\":\"" + id + "\",\"statement\":\"" + statement + "\",\"label\":" + label
                + "}\n";
    }

    public static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
