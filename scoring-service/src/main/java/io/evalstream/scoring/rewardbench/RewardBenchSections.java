package io.evalstream.scoring.rewardbench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RewardBench's subset -> section map (Lambert et al. 2024, {@code rewardbench/constants.py SUBSET_MAPPING}):
 * <ul>
 *   <li>chat: alpacaeval-easy, alpacaeval-length, alpacaeval-hard, mt-bench-easy, mt-bench-med;</li>
 *   <li>chat-hard: mt-bench-hard, llmbar-natural, llmbar-adver-neighbor, llmbar-adver-GPTInst,
 *       llmbar-adver-GPTOut, llmbar-adver-manual;</li>
 *   <li>safety: refusals-dangerous, refusals-offensive, xstest-should-refuse, xstest-should-respond,
 *       donotanswer;</li>
 *   <li>reasoning: math-prm, hep-cpp, hep-go, hep-java, hep-js, hep-python, hep-rust.</li>
 * </ul>
 * Any other subset (RAG-RewardBench, a user's own) is its own section, named after the subset, so that it is
 * never silently merged into a RewardBench section.
 */
public final class RewardBenchSections {
    public static final Map<String, List<String>> SECTIONS;

    static {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("chat", List.of("alpacaeval-easy", "alpacaeval-length", "alpacaeval-hard", "mt-bench-easy",
                "mt-bench-med"));
        sections.put("chat-hard", List.of("mt-bench-hard", "llmbar-natural", "llmbar-adver-neighbor",
                "llmbar-adver-GPTInst", "llmbar-adver-GPTOut", "llmbar-adver-manual"));
        sections.put("safety", List.of("refusals-dangerous", "refusals-offensive", "xstest-should-refuse",
                "xstest-should-respond", "donotanswer"));
        sections.put("reasoning", List.of("math-prm", "hep-cpp", "hep-go", "hep-java", "hep-js", "hep-python",
                "hep-rust"));
        SECTIONS = java.util.Collections.unmodifiableMap(sections);
    }

    private RewardBenchSections() {
    }

    /** The section of {@code subset}: a RewardBench section, or the subset itself when it is not RewardBench's. */
    public static String sectionOf(String subset) {
        for (Map.Entry<String, List<String>> section : SECTIONS.entrySet()) {
            if (section.getValue().contains(subset)) {
                return section.getKey();
            }
        }
        return subset;
    }
}
